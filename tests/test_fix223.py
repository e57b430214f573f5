"""fix223: front pages whose items carry no dates, read from their text alone and as
Markdown (blind79, tests/pages 2150-2159).

A front page's text, passed without its address, is no article: the page's first line taken
for want of a headline when it is a menu's label over more labels, a headline that is a
menu's label printed again over a block of items, the last of a block of undated headlines
heading no text, and a block's lines «DATE HEADLINE» over their teasers give no title
(``title-uncertain``, ``listing-page``); a «مشاهده همه» (view all) link is never a headline;
a Markdown twin's level-1 heading that repeats the label of a link to the site's home page
is the site's name, not the page's headline. The near misses keep their records: a short
poem under its title (its verses end with verbs), a static page titled with its menu's
label over its text, an article's headline over its text under a block of headlines, and a
headline carrying its date printed twice over its article. Page structures follow
araku.ac.ir's, airlinepress.ir's, 55online.ir's, basu.ac.ir's and akhbarostanha.ir's home
pages (tests/pages 2150-2159); the sentences are our own.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

# araku.ac.ir's portal (tests/pages 2154): a nested menu, its entries up to five words, then
# a news block's headlines alone (their dates only in the HTML's title attributes).
_NESTED_MENU = """مدیریت
ریاست دانشگاه
هیات امنا
معاونت آموزشی و تحصیلات تکمیلی
مدیریت امور آموزشی
مرکز آموزش های تخصصی
اداره دانش آموختگان
معاونت پژوهشی و فناوری
کتابخانه مرکزی و مرکز اسناد
دانشکده ها
دانشکده فنی و مهندسی
اخبار
برگزاری کارگاه آموزشی نگارش مقاله برای دانشجویان دکتری
دیدار رئیس دانشگاه با اعضای هیات علمی دانشکده علوم
آغاز ثبت نام خوابگاه های دانشجویی برای نیمسال دوم
"""

_POEM = """باران پاییزی
باران که می بارد
کوچه پر از صداست
پنجره ها بیدارند
و دل من با توست
برگ ها می رقصند
در باد سرد غروب
شب آرام می رسد
و ماه پشت ابر است
"""


def _front_page(article: jm.Article) -> bool:
    codes = warning_codes(article)
    return article.title is None and {"title-uncertain", "listing-page"} <= codes


def test_first_line_over_a_nested_menu_is_no_title() -> None:
    """The page's first line, a menu's label over entries of up to five words, names no
    page: no title, title-uncertain and listing-page."""
    assert _front_page(jm.parse_article(_NESTED_MENU))


def test_poem_under_its_title_keeps_it_neg() -> None:
    """Short verses under a poem's title end with verbs: no menu, the title is kept."""
    article = jm.parse_article(_POEM)
    assert article.title == "باران پاییزی"
    assert "title-uncertain" not in warning_codes(article)


# airlinepress.ir's home page (tests/pages 2150): the airlines' menu, the today banner, the
# category menu, then items, each its day, «N روز قبل», its source, its category's label, its
# headline and a teaser.
_MENU = """آتا
آسمان
تابان
زاگرس
قشم
کیش ایر
ماهان
امروز دوشنبه 14 آبان 1403 - Monday 4 November 2024
صفحه نخست
خدمات و حقوق مسافرین
صنعت هواپیمایی
شرکت های هواپیمایی
آژانس های مسافرتی
ناوگان و تجهیزات
مدیریت پرواز
مدیریت فرودگاهی
سوانح و ایمنی
گردشگری و سفر
"""
_CATEGORY_ITEMS = (
    _MENU
    + """یکشنبه 13 آبان 1403
1 روز قبل
اختصاصی ایرلاین پرس
بازدید فنی پیش از پرواز؛ چرا پروازهای صبح دیرتر آغاز می شوند
در روزهای شلوغ پاییز، هر تاخیر کوچک در پروازهای صبح تا شب بر برنامه پروازهای بعدی اثر می گذارد. در این گزارش با چند کارشناس فنی درباره بازدیدهای پیش از پرواز و راه های کوتاه کردن آن گفت وگو کرده ایم.
شنبه 12 آبان 1403
2 روز قبل
سایر منابع
خدمات و حقوق مسافرین
مسافران پروازهای اربعین چه مقدار بار همراه می توانند داشته باشند؟
سقف بار همراه مسافران پروازهای ویژه از سوی چند شرکت هواپیمایی اعلام شد، بنابراین مسافران پیش از رفتن به فرودگاه وزن چمدان خود را بررسی کنند.
شنبه 12 آبان 1403
2 روز قبل
سایر منابع
مدیریت فرودگاهی
ساعت کار پایانه دوم فرودگاه تبریز تغییر کرد
پایانه دوم فرودگاه تبریز از اول آذر تا پایان زمستان در ساعت های کمتری کار خواهد کرد و پروازهای شبانه به پایانه اصلی منتقل می شوند.
"""
)
# A static page of the same site: its menu's label «سوانح و ایمنی» over the page's text.
_STATIC_PAGE = (
    _MENU
    + """
سوانح و ایمنی
در این بخش گزارش های رسمی سوانح هوایی و توصیه های ایمنی سازمان هواپیمایی کشوری منتشر می شود.
گزارش ها پس از انتشار رسمی در این صفحه قرار می گیرند و خوانندگان می توانند نظر خود را برای ما بفرستند.
"""
)


def test_headline_printed_before_in_the_menu_is_no_title() -> None:
    """A category's label, printed in the menu and again over its block's first item, is
    no headline: no title, title-uncertain and listing-page."""
    article = jm.parse_article(_CATEGORY_ITEMS)
    assert _front_page(article)
    assert article.published is None


def test_static_page_titled_with_its_menu_label_neg() -> None:
    """A menu's label over the page's own text (a sentence ending with a full stop), in the
    menu too: the label is the page's title, as before."""
    assert jm.parse_article(_STATIC_PAGE).title == "سوانح و ایمنی"


# 55online.ir's home page (tests/pages 2158/2159): the top bar's day, the site's name, menus,
# then the editor's picks: headlines one under the other, each over its picture alone.
_PICKS = """شنبه ۱۲ آبان ۱۴۰۳
55Online.ir
صفحه نخست
اقتصادی
اجتماعی
برگزیده سردبیر
بیشتر
پنج عادت ساده برای مدیریت بهتر زمان کار
نگاهی به بازار خودروهای برقی در سال آینده
آیا اجاره خانه در شهرهای کوچک ارزان تر است؟
سه راه برای جلب اعتماد مشتریان تازه
بازار کتاب های صوتی رونق گرفت
"""
# The same block over an article's text: its last line a headline over its own paragraphs.
_PICKS_OVER_TEXT = (
    _PICKS
    + """بازار کتاب های صوتی در ماه های گذشته رونق گرفته و ناشران بیشتری کتاب های خود را با صدای گویندگان شناخته شده منتشر کرده اند.
به گفته یک ناشر، شنوندگان جوان بیشتر کتاب های داستانی و تاریخی را انتخاب می کنند و فروش این کتاب ها دو برابر شده است.
"""
)


def test_last_of_undated_headlines_is_no_title() -> None:
    """The last of five headlines one under the other, heading no text: no title,
    title-uncertain and listing-page, and the top bar's day is no date of the page."""
    article = jm.parse_article(_PICKS)
    assert _front_page(article)
    assert article.published is None


def test_headline_over_its_text_under_other_headlines_neg() -> None:
    """The same headlines over an article's text: main's record (the headline heads its
    paragraphs)."""
    article = jm.parse_article(_PICKS_OVER_TEXT)
    assert article.title == "بازار کتاب های صوتی رونق گرفت"
    assert "title-uncertain" not in warning_codes(article)


# basu.ac.ir's home page (tests/pages 2156/2157): a «view all» link over a news block whose
# lines print the day and the headline together, each over its teaser.
_DATED_HEADLINE_LINES = """مشاهده همه
1403/08/14    برگزاری همایش روز ملی کیفیت با حضور رئیس دانشگاه
در این همایش که با حضور معاونان دانشگاه برگزار شد، از واحدهای برتر در طرح بهبود کیفیت خدمات دانشجویی قدردانی شد.
1403/08/13    آغاز ثبت نام اردوی پاییزی دانشجویان
دانشجویان علاقه مند می توانند تا پایان هفته آینده برای شرکت در اردوی پاییزی در سامانه امور دانشجویی ثبت نام کنند.
1403/08/12    راه اندازی آزمایشگاه تازه در دانشکده کشاورزی
با حمایت معاونت پژوهشی، آزمایشگاه تحقیقاتی خاک و آب در دانشکده کشاورزی راه اندازی شد و در اختیار پژوهشگران قرار گرفت.
1403/08/11    برگزاری مسابقات ورزشی کارکنان دانشگاه
مسابقات ورزشی کارکنان در رشته های والیبال و تنیس روی میز به مدت یک هفته در سالن ورزشی دانشگاه برگزار می شود.
"""
# A headline carrying its day, printed twice over its article (peigham.ir, tests/pages 048).
_DATED_HEADLINE_TWICE = """کد خبر : 120345       تاریخ : 1403/08/14 10:20:30
دوشنبه ۱۴ آبان ۱۴۰۳؛ روز ملی کیفیت در تقویم
دوشنبه ۱۴ آبان ۱۴۰۳؛ روز ملی کیفیت در تقویم
در تقویم رسمی کشور امروز روز ملی کیفیت نام گرفته است.
این روز فرصتی است تا واحدهای تولیدی و خدماتی درباره کیفیت کالاها و خدمات خود گزارش بدهند و نهادهای مسئول برنامه های خود را اعلام کنند.
"""


def test_view_all_link_over_dated_headline_lines_is_no_title() -> None:
    """«مشاهده همه» is a link, never a headline, and «DATE HEADLINE» lines over their
    teasers are a front page's items: no title, no date."""
    article = jm.parse_article(_DATED_HEADLINE_LINES)
    assert _front_page(article)
    assert article.published is None


def test_dated_headline_printed_twice_over_its_text_neg() -> None:
    """A headline carrying its day, printed twice over its article: the headline and the
    labelled date are kept."""
    article = jm.parse_article(_DATED_HEADLINE_TWICE)
    assert article.title == "دوشنبه ۱۴ آبان ۱۴۰۳؛ روز ملی کیفیت در تقویم"
    assert article.published is not None
    assert article.published.jalali_date == (1403, 8, 14)


# akhbarostanha.ir's home page as html2text's Markdown (tests/pages_markdown 2123): the
# logo's link to the home page, and the site's name again as the page's only «# » heading.
_SITE_NAME_HEADING = """  * [صفحه نخست](http://example.ir/)
  * [اخبار استان ها](http://example.ir/)
  * [تماس با ما](http://example.ir/contact)

# اخبار استان ها

## [آغاز برداشت زعفران در مزارع قاینات](http://example.ir/?p=71)

اسفند ۲۱, ۱۴۰۲  بدون دیدگاه

برداشت زعفران در مزارع شهرستان قاینات از صبح امروز آغاز شد و کشاورزان پیش بینی می کنند محصول امسال بیشتر از سال گذشته باشد.

## [بازسازی پل تاریخی دزفول تا پایان پاییز](http://example.ir/?p=72)

اسفند ۲۱, ۱۴۰۲  بدون دیدگاه

مدیرکل میراث فرهنگی استان گفت مرمت پایه های پل تاریخی با مصالح سنتی انجام می شود و عبور خودروهای سنگین ممنوع است.

## [نمایشگاه کتاب زنجان هفته آینده گشایش می یابد](http://example.ir/?p=73)

اسفند ۲۰, ۱۴۰۲  بدون دیدگاه

رئیس اداره فرهنگ و ارشاد زنجان از حضور ناشران استان های همجوار در نمایشگاه کتاب خبر داد و گفت خرید کتاب با یارانه ویژه ممکن است.

## [آبگیری سد تازه ساز سقز آغاز شد](http://example.ir/?p=74)

اسفند ۲۰, ۱۴۰۲  بدون دیدگاه

معاون استاندار کردستان گفت با آغاز آبگیری سد سقز آب شرب روستاهای پایین دست تا دو سال آینده تامین می شود.
"""
_HEADLINE_HEADING = """  * [صفحه نخست](http://example.ir/)
  * [اخبار استان ها](http://example.ir/)

# آغاز برداشت زعفران در مزارع قاینات

برداشت زعفران در مزارع شهرستان قاینات از صبح امروز آغاز شد و کشاورزان پیش بینی می کنند محصول امسال بیشتر از سال گذشته باشد.

به گفته مدیر جهاد کشاورزی، قیمت زعفران در بازار محلی امسال کاهش می یابد.
"""


def test_markdown_heading_repeating_the_home_link_is_no_title() -> None:
    """The site's name as the only level-1 heading, the label of a link to the home page
    too, over dated items: not the page's headline; the items give no title, no date."""
    article = jm.parse_article(_SITE_NAME_HEADING)
    assert _front_page(article)
    assert article.published is None


def test_markdown_headline_heading_beside_a_home_link_neg() -> None:
    """A headline as the level-1 heading, a home link's label elsewhere: kept."""
    article = jm.parse_article(_HEADLINE_HEADING)
    assert article.title == "آغاز برداشت زعفران در مزارع قاینات"
