"""real60: the general causes of real60's sample (docs/real_sample.md "A forty-ninth sample").

- A site's name and motto over a question headline, the lead under it (way2pay.ir, #21):
  the question is the headline, not the lead's start; the motto is the site's.
- «تارنگار :NAME(AUTHOR)» (BlogSky's credit of the weblog a post is taken from,
  tts902.blogsky.com, #18): a source label, never the title.
- A «+» between an address slug's words is a space (ParsiBlog's «/Posts/4/WORD+WORD+...»,
  aidalove.ParsiBlog.com, #04): the slug names the post, and a blog's name over the date
  line, sharing no word with it, is doubted.
- «::» between a date and its time (PersianBlog's and ParsiBlog's post date line
  «جمعه 86/11/19 :: ساعت 2:17 صبح», #04): the time is the date's.
- The year's name before today's date in a top bar («جهش تولید | یکشنبه، ۱۷ اسفند ۱۳۹۹»,
  ahwaz.irib.ir, #25): a visit's banner, not the publication; Liferay's browser title
  «HEADING - PAGE - نمایش محتوا» printed over the heading: never the title.
- A post's excerpt cut with «[…]» glued to its headline, the headline again and the full
  text restating the excerpt (ardestan.gov.ir, #24): one post, not a list.
- «رفتن به محتوای اصلی» (Drupal's skip link, azarnezam.ir, #10): chrome.
- A headline over the lead's first sentence printed alone as a summary, the running text
  opening with the same sentence (ostan-ks.ir, #06): the summary is no headline; a beta badge
  run into the headline («نسخه آزمایشی6 ...») is cut off.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "به گزارش خبرنگار ما، عملیات لوله گذاری شبکه آب شرب در سه محله شمالی شهر از هفته گذشته "
    "آغاز شده و پیش بینی می شود تا پایان پاییز بیش از دو هزار خانوار به شبکه متصل شوند.\n\n"
    "مدیر آب و فاضلاب شهرستان افزود: پیمانکاران طرح موظف شده اند معابر را پس از پایان کار "
    "مرمت کنند و شهروندان می توانند گزارش های خود را با سامانه ارتباط مردمی در میان بگذارند.\n"
)

NOTICE = "اطلاعیه مهم درباره تمدید مهلت ثبت نام دوره های آموزشی مهندسان"

# way2pay.ir's article (#21): the site's name, its motto, the question headline, the lead.
QUESTION = "چرا باید کارت های هدیه کاغذی از بازار پرداخت کشور جمع شوند؟"
PAYMENT_LEAD = (
    "نویسنده این یادداشت، کارشناس صنعت بانکداری؛ در ماه های اخیر گزارش های متعددی درباره "
    "سوءاستفاده از کارت های هدیه کاغذی منتشر شده و بانک ها هنوز برای جمع آوری آنها برنامه "
    "روشنی اعلام نکرده اند.\n\n"
    "کارت هدیه کاغذی در سال های گذشته راهی ساده برای هدیه دادن پول بود، اما امروز با وجود "
    "ابزارهای تازه، نگهداری آن برای بانک ها هزینه زیادی دارد و خطر جعل را هم بالا می برد.\n"
)


def _name_bar_page(top: str) -> str:
    return f"{top}\n\n{QUESTION}\n\n{PAYMENT_LEAD}"


def test_a_question_under_a_sites_name_and_motto_is_the_headline() -> None:
    record = jm.parse_article(_name_bar_page("مسیر پول\nرسانه فناوری های بانکی ایران"))
    assert record.title == QUESTION
    assert "title-uncertain" not in warning_codes(record)


def test_a_question_under_a_headline_naming_it_is_no_headline_neg() -> None:
    # A headline naming the question's subject over it: the question is the lead's opening
    # line, as main reads it (the headline is the title).
    headline = "کارت های هدیه کاغذی جمع می شوند"
    record = jm.parse_article(_name_bar_page(f"مسیر پول\n{headline}"))
    assert record.title == headline


# tts902.blogsky.com's post (#18): the credit of the weblog the post is taken from, then
# the post's first-person text; no headline printed.
POST_TEXT = (
    "امروز در نشست سالانه انجمن اولیا و مربیان مدرسه شرکت کردم و گفت وگوهای خوبی درباره "
    "برنامه های فوق برنامه دانش آموزان انجام شد که در روزهای آینده بخشی از آن را می نویسم.\n"
    "اما جای خالی بسیاری از خانواده ها در این جلسه حس می شد و باید پرسید چرا نشست هایی از "
    "این دست این اندازه کم مخاطب مانده اند و چه کسی باید برای آن چاره ای بیندیشد؟\n"
)


def test_a_weblog_credit_label_is_no_title() -> None:
    record = jm.parse_article(f"تارنگار :در کلاس درس(سارا کریمی)\n{POST_TEXT}")
    assert record.title is None
    assert any(field.name == "source" for field in record.fields)


def test_a_headline_opening_with_the_word_stays_neg() -> None:
    headline = "تارنگار تازه انجمن معلمان راه اندازی شد"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


# aidalove.ParsiBlog.com's post (#04): the blog's name, the post's date line, its text; the
# post's title only in the address, its words joined by «+».
BLOG_POST = (
    "شکلات های تلخ مریم\n\n"
    "جمعه 1386/11/19 ::  ساعت 2:17 صبح\n\n"
    "سلام به همه دوستان خوبم که این روزها کمتر به این خانه کوچک سر می زنند.\n\n"
    "این هفته دوباره به کتابخانه محله رفتم و دیدم قفسه های داستان کودکان را جابه جا کرده اند "
    "و بچه ها دور میز تازه ای نشسته اند و با صدای بلند برای هم قصه می خوانند و می خندند.\n"
)


def test_a_plus_joined_slug_doubts_a_blog_name_it_does_not_name() -> None:
    url = "http://maryam.ParsiBlog.com/Posts/7/یه+روز+خوب+در+کتابخونه+محله/"
    record = jm.parse_article(BLOG_POST, url=url)
    assert "title-uncertain" in warning_codes(record)


def test_a_plus_joined_slug_naming_the_line_keeps_it_neg() -> None:
    url = "http://maryam.ParsiBlog.com/Posts/7/شکلات+های+تلخ+مریم/"
    record = jm.parse_article(BLOG_POST, url=url)
    assert record.title == "شکلات های تلخ مریم"
    assert "title-uncertain" not in warning_codes(record)


def test_a_double_colon_joins_a_date_and_its_time() -> None:
    record = jm.parse_article(BLOG_POST)
    assert record.published is not None
    assert record.published.isoformat() == "2008-02-08T02:17:00+03:30"
    short = jm.parse_article(BLOG_POST.replace("1386/11/19", "86/11/19"))
    assert short.published is not None
    assert short.published.isoformat() == "2008-02-08T02:17:00+03:30"
    assert "two-digit-year" in warning_codes(short)


def test_a_double_colon_before_a_count_is_no_time_neg() -> None:
    text = BLOG_POST.replace("::  ساعت 2:17 صبح", ":: نظرات 12")
    record = jm.parse_article(text)
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2008, 2, 8)
    assert record.published.isoformat() == "2008-02-08"


# ahwaz.irib.ir's Liferay page (#25): the year's name and today's date, the page's browser
# title, the heading, a download link, the text; its address spells the heading.
PORTAL_HEADING = "اعضای شورای اسلامی شهرستان"
PORTAL_URL = "http://shiraz.irib.ir/-/اعضای-شورای-اسلامی-شهرستان"
PORTAL_TEXT = (
    "نخستين جلسه شوراي اسلامي شهرستان ، كه در اين آيين نامه شورا ناميده مي شود ، پانزده روز "
    "پس از تشكيل شوراهاي شهرهاي تابعه به دعوت فرماندار تشكيل مي شود و با حضور حداقل دوسوم "
    "اعضا رسميت مي يابد و فعاليت آن تا پايان دوره چهار ساله ادامه دارد.\n"
)


def _portal_page(browser_title: str) -> str:
    return (
        f"سه شنبه، ۱۲ آذر ۱۳۹۸\n\n{browser_title}\n\n \n\n \n\n{PORTAL_HEADING}\n\n"
        f"دانلود\n\n{PORTAL_TEXT}"
    )


def test_a_liferay_browser_title_is_no_title() -> None:
    title = f"{PORTAL_HEADING} - برنامه های ویژه - نمایش محتوا"
    record = jm.parse_article(_portal_page(title), url=PORTAL_URL)
    assert record.title == PORTAL_HEADING
    assert "title-uncertain" not in warning_codes(record)


def test_a_title_of_two_parts_stays_in_doubt_neg() -> None:
    # No portlet's name last: main's reading (the line with its section, doubted) stands.
    title = f"{PORTAL_HEADING} - برنامه های ویژه"
    record = jm.parse_article(_portal_page(title), url=PORTAL_URL)
    assert record.title == title
    assert "title-uncertain" in warning_codes(record)


def test_the_years_name_by_todays_date_is_a_banner() -> None:
    text = f"رونق تولید | سه شنبه، ۱۲ آذر ۱۳۹۸\n\n{NOTICE}\n\n{BODY}"
    record = jm.parse_article(text)
    assert record.published is None
    assert record.title == NOTICE


def test_a_date_line_alone_over_the_headline_stays_neg() -> None:
    record = jm.parse_article(f"سه شنبه، ۱۲ آذر ۱۳۹۸\n\n{NOTICE}\n\n{BODY}")
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2019, 12, 3)


def test_a_headline_with_dashes_not_ending_with_a_portlet_stays_neg() -> None:
    headline = "شورای اسلامی شهرستان - نشست ویژه - بررسی بودجه سال آینده"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


# ardestan.gov.ir's WordPress post (#24): the headline, the excerpt glued to its copy and cut
# with «[…]», the headline again, the full text restating the excerpt.
HEADLINE_24 = "کارگاه آموزشی دهیاران تازه منصوب بخش مرکزی برگزار شد"
EXCERPT_24 = (
    "کارگاه آموزشی دهیاران تازه منصوب بخش مرکزی با حضور معاون فرماندار در سالن اجتماعات "
    "فرمانداری برگزار شد. به گزارش روابط عمومی در این جلسه […]"
)
FULL_24 = (
    "کارگاه آموزشی دهیاران تازه منصوب بخش مرکزی با حضور معاون فرماندار در سالن اجتماعات "
    "فرمانداری برگزار شد.\n"
    "به گزارش روابط عمومی در این جلسه معاون فرماندار بر لزوم آشنایی دهیاران با قوانین مالی "
    "و شیوه تنظیم بودجه سالانه دهیاری ها تاکید کرد و خواستار پیگیری طرح های نیمه تمام شد.\n"
    "وی افزود: دهیاران باید گزارش پیشرفت طرح ها را هر سه ماه یک بار به بخشداری ارائه دهند.\n"
)


def test_an_excerpt_restated_under_its_headline_again_is_one_post() -> None:
    text = f"{HEADLINE_24}\n{HEADLINE_24} {EXCERPT_24}\n{HEADLINE_24}\n{FULL_24}"
    record = jm.parse_article(text)
    assert record.title == HEADLINE_24
    assert "listing-page" not in warning_codes(record)


def test_an_excerpt_under_another_headline_is_a_list_neg() -> None:
    other = "نشست شورای اداری شهرستان با حضور نماینده مردم برگزار شد"
    text = f"{HEADLINE_24}\n{HEADLINE_24} {EXCERPT_24}\n{other}\n{FULL_24}"
    record = jm.parse_article(text)
    assert "listing-page" in warning_codes(record)


# azarnezam.ir's notice (#10): Drupal's skip link, the headline, the notice.
NOTICE_10 = "اطلاعیه مهم در خصوص جبران کسری نمره 47 و 48 آزمون ورود به حرفه مهندسی مهر1402"
NOTICE_BODY = (
    "باطلاع مهندسان گرامی می رساند پیرو اطلاعیه اعلام نتایج آزمون های ورود به حرفه مهندسان مهر "
    "۱۴۰۲ و با موافقت وزارت راه و شهرسازی، حائزین نمرات ۴۷ و ۴۸ مشروط به گذراندن دوره های "
    "آموزشی جبرانی پذیرفته شده تلقی می گردند.\n"
    "لذا مهندسان مشمول این اطلاعیه تا اعلام نتایج قطعی و ابلاغ دستورالعمل برگزاری دوره های "
    "جبرانی از مراجعه حضوری به واحد آموزش سازمان خودداری نمایند. \n\n"
    "شایان ذکر است عضویت در سازمان برای شرکت در دوره های آموزشی الزامی است و مهندسانی که "
    "تاکنون عضو نشده اند می توانند با در دست داشتن مدارک لازم به سازمان مراجعه نمایند.\n"
)


def test_a_skip_to_main_content_link_is_chrome() -> None:
    record = jm.parse_article(f"رفتن به محتوای اصلی\n\n{NOTICE_10}\n\n{NOTICE_BODY}")
    assert record.title == NOTICE_10


def test_a_headline_about_main_content_stays_neg() -> None:
    headline = "رفتن به محتوای اصلی کتاب های درسی در کلاس ها آسان تر شد"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


# ostan-ks.ir's county news (#06): the headline (a beta badge run into it), the lead's first
# sentence printed alone as a summary, the running text opening with that sentence (one
# long run-on paragraph, the site's widgets «اوقات شرعی» and «آب و هوا» glued after it).
HEADLINE_06 = "9 روستای باقیمانده دهستان سراب از نعمت گاز برخوردار می شوند"
SUMMARY_06 = (
    "فرماندار شهرستان کرندغرب گفت تاکنون 64 روستای شهرستان کرندغرب از نعمت گاز برخوردار شده اند"
)
REST_06 = (
    " رحیمی  در نشست بررسی مشکلات گازرسانی به روستاهای باقیمانده این شهرستان که با حضور "
    "مسئولان شرکت گاز استان برگزار شد گفت عملیات اجرایی گازرسانی به 30 روستا در  دو دهستان "
    "شمالی و مرکزی  با اعتبار 210 میلیارد ریال  در حال اجراست که 12 روستا در این دهستانها تا "
    "پایان سال گازدار خواهند شد  وی با بیان اینکه برای دهستان ریجاب نیز با  پیگیری های انجام "
    "شده  طرح روستاهای این دهستان آماده واگذاری به پیمانکار شده است از آغاز گازرسانی به 9 "
    "روستای باقیمانده در دهستان سراب تا یک ماه آینده خبر داد و گفت در این طرح روستاهای سرآب "
    "گرم ، چشمه سفید ، باغ بلند ، دره کبود و کله جوب از نعمت گاز برخوردار خواهند شد   در حال "
    "حاضر  9120 مشترک  شهری و روستایی شهرستان کرندغرب از نعمت گاز برخوردار هستند 64 روستای "
    "این شهرستان گازدار شده انداوقات شرعی\nآب و هوا\n"
)


def _county_page(top: str) -> str:
    return f"{top}\n\n\n{SUMMARY_06}\n\n{SUMMARY_06}{REST_06}"


def test_a_summary_the_lead_opens_with_is_no_headline() -> None:
    record = jm.parse_article(_county_page(HEADLINE_06))
    assert record.title == HEADLINE_06


def test_a_beta_badge_run_into_the_headline_is_cut() -> None:
    record = jm.parse_article(_county_page(f"نسخه آزمایشی{HEADLINE_06}"))
    assert record.title == HEADLINE_06


def test_a_line_naming_nothing_of_the_summary_leaves_it_neg() -> None:
    # A line over the summary that shares no word with it: main's reading (the summary).
    record = jm.parse_article(_county_page("نسخه آزمایشی سامانه جدید ثبت نام کنکور راه اندازی شد"))
    assert record.title == SUMMARY_06


def test_a_beta_version_as_the_headlines_subject_stays_neg() -> None:
    headline = "نسخه آزمایشی سامانه جدید ثبت نام کنکور راه اندازی شد"
    record = jm.parse_article(f"{headline}\n\n{BODY}")
    assert record.title == headline


def test_a_kicker_with_its_colon_over_the_summary_neg() -> None:
    kicker = "فرماندار شهرستان کرندغرب در نشست بررسی مشکلات گازرسانی روستاها:"
    record = jm.parse_article(_county_page(kicker))
    assert record.title == SUMMARY_06


def test_a_post_id_printed_twice_as_the_path_is_the_number() -> None:
    text = f"{HEADLINE_24}\n\n{FULL_24}"
    record = jm.parse_article(text, url="http://county.gov.ir/934/934/")
    assert record.number == "934"


def test_two_different_numbers_as_the_path_give_none_neg() -> None:
    text = f"{HEADLINE_24}\n\n{FULL_24}"
    record = jm.parse_article(text, url="http://county.gov.ir/934/935/")
    assert record.number is None
