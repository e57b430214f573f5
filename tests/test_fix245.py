"""fix245: attack74's two silent defects (docs/reliability.md «Attacks, seventy-fourth round»).

- A DNN announcements module's glued label «عنوانHEADLINE» over «تاریخDATE» (iauc.ac.ir's
  layout, real68 #14; fix240): a headline whose first word is a compound of «عنوان» written
  without its ZWNJ («عنوانبندی ...», «عنوانهای ...») is the headline, not the label glued to
  «بندی ...».
- A lead calling a whole date today in brackets (merosikhatti.tj's layout, real69 #13): after
  a comparison word («чун имрӯз», «مثل امروز») or «on such a day» it is an anniversary, the
  bracket's date the past event's, never the day of writing.

The headlines and bodies are written for these tests, the values changed.
"""

from __future__ import annotations

import datetime

import jalali_meta as jm

# -- (1) a DNN record whose headline opens with a compound of «عنوان» ----------------------


def _dnn_page(title_row: str, date_row: str) -> str:
    # iauc.ac.ir's DNN announcements module (real68 #14): the site's date line, the module's
    # name, the record's glued title and date rows, its description label, the text.
    return (
        "سه شنبه ، 21 آذر ، 1402\n"
        "اخبار دانشکده\n"
        f"{title_row}\n"
        f"{date_row}\n"
        "توضیحات\n\n"
        "در نشستی با حضور معاون آموزشی و مدیران گروه ها، شیوه تازه نامگذاری درس ها و فصل های "
        "کتاب های کارگاهی معرفی شد و مقرر گردید نسخه نهایی تا پایان ماه به گروه ها برسد.\n"
    )


def test_headline_opening_with_a_compound_of_onvan_is_kept_whole() -> None:
    for headline in (
        "عنوانبندی جدید درس های کارگاهی دانشکده اعلام شد",
        "عنوانهای پایان نامه های نیمسال دوم تصویب شد",
        "عنوانگذاری کلاس های مجازی از هفته آینده",
    ):
        article = jm.parse_article(_dnn_page(headline, "تاریخ1402/09/21"))
        assert article.title == headline
        assert article.published is not None
        assert article.published.jalali_date == (1402, 9, 21)


def test_glued_label_over_headline_opening_with_yeh_neg_is_still_cut() -> None:
    # «عنوانیک ...»: the label glued to «یک» (one), not «عنوانی» (main's record kept).
    article = jm.parse_article(_dnn_page("عنوانیک روز با دانشجویان ورودی جدید", "تاریخ1402/09/21"))
    assert article.title == "یک روز با دانشجویان ورودی جدید"


# -- (2) «a day like today»: an anniversary's bracketed date --------------------------------


def _centre_news(opening: str) -> str:
    # merosikhatti.tj's news item (real69 #13): no headline in the stored text, the lead naming
    # the hall and the day in brackets, then the speakers.
    return (
        f"Дар толори Китобхонаи миллии Тоҷикистон {opening} ҳамоиши илмӣ ба муносибати "
        "солгарди таъсиси китобхона баргузор шуд ва олимону донишҷӯён дар он ширкат варзиданд.\n"
        "Ҳамоишро муовини директор оид ба илм кушода, зикр намуд, ки мутолиаи китоб яке "
        "аз самтҳои асосии фаъолияти китобхона ба ҳисоб меравад.\n"
    )


def test_today_after_a_comparison_word_is_an_anniversary() -> None:
    for opening in (
        "сад сол пеш, дар чунин рӯзе чун имрӯз (12.05.1924),",
        "мисли имрӯз (12.05.1924),",
        "ҳамчун имрӯз (12.05.1924),",
    ):
        assert jm.parse_article(_centre_news(opening)).published is None


def test_persian_today_after_a_comparison_word_is_an_anniversary() -> None:
    text = (
        "صد سال پیش در چنین روزی همچون امروز (۱۳۰۳/۰۲/۲۲) نخستین کتابخانه عمومی شهر با "
        "چند صد جلد کتاب اهدایی مردم گشایش یافت و سال ها محل گردهمایی اهل قلم بود.\n"
        "امروز این کتابخانه بیش از صد هزار جلد کتاب دارد و هر روز میزبان صدها خواننده است.\n"
    )
    assert jm.parse_article(text).published is None


def test_today_with_a_comparison_word_after_the_date_neg_is_the_day_of_writing() -> None:
    # The comparison word after the bracket, not before «today»: real69's rule (main's record).
    record = jm.parse_article(_centre_news("имрӯз (03.10.2024), чун ҳар сол,"))
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2024, 10, 3)
