"""fix267: a weather widget's clock (real75 #11, ctd.tj: a city, «09:28, October 9, 2025»,
«17°C», the forecast's lines, then the headline) is the visit's moment, not the page's date:
text alone no date, with a dated address the address's day. A date line with its time and
no temperature alone beside it is still the page's date. Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "Китобхонаи нав дар маркази ноҳия кушода шуд"
BODY = (
    "Имрӯз дар маркази ноҳия китобхонаи нави кӯдакона бо ҳазор китоб ба рӯи хонандагон "
    "кушода шуд ва аввалин хонандагон аз мактабҳои наздик омаданд.\n\n"
    "Мудири китобхона гуфт, ки ҳар моҳ китобҳои нав аз пойтахт оварда мешаванд."
)
WIDGET = [
    "Обу ҳаво",
    "",
    "Dushanbe",
    "09:28, October 9, 2025",
    "17°C",
    "45 %",
    "1017 mb",
    "Sunrise: 06:27",
    "Sunset: 17:56",
    "Hourly Forecast",
    "11:00",
    "19°/23°°C 0 mm 0% 2 mph 37% 1017 mb 0 mm/h",
]
URL = "https://example.tj/2024/08/28/kitobkhona/"


# real75 #11's opening: the site's name, a latest-news box with another item's teaser, then
# the weather widget (our names and sentences).
TOP = [
    "Кумитаи варзиши назди мақомоти иҷроияи ҳокимияти давлатии ноҳия",
    "",
    "Хабарҳои Охирин",
    "",
    "Дар ноҳия мусобиқаи шоҳмот миёни мактаббачагон баргузор гардид ва ғолибон ҷоиза гирифтанд",
    "",
]


def _page(widget: list[str]) -> str:
    return "\n".join([*TOP, *widget, "", HEADLINE, "", BODY]) + "\n"


def test_weather_widget_clock_is_not_the_date_text_alone() -> None:
    article = parse_article(_page(WIDGET))
    assert article.published is None


def test_weather_widget_clock_leaves_the_address_day() -> None:
    article = parse_article(_page(WIDGET), url=URL)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-08-28"


def test_widget_clock_under_the_temperature_is_not_the_date() -> None:
    # The temperature printed above the clock, as other themes order their widget.
    widget = ["Dushanbe", "21°", "14:05, May 3, 2024", "Clouds: 10%"]
    assert parse_article(_page(widget)).published is None


def test_date_line_with_time_and_no_temperature_beside_it_is_read() -> None:
    # Near miss: the same clock line under the headline, the temperature given in a sentence.
    text = (
        "\n".join(
            [
                HEADLINE,
                "09:28, October 9, 2025",
                "",
                "Ҳарорати ҳаво дар шаҳр рӯзона то 17°C гарм мешавад ва борон намеборад.",
                "",
                BODY,
            ]
        )
        + "\n"
    )
    article = parse_article(text)
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2025-10-09T09:28"
    assert article.title == HEADLINE


# real75 #08 (wikilib.blog.ir): an editor's note over a regulation, one sentence broken over
# two lines, the second going on with «و» (and); no headline printed (our sentences).
NOTE_FIRST = "این آیین نامه پس از بررسی اعضای شورای کتابخانه ها "
NOTE_REST = "و امضای رئیس شورا به شعبه ها فرستاده می شود بنابراین هنوز اجرا نمی شود."
RULES = (
    "هدف این آیین نامه یکسان کردن شیوه عضویت در همه کتابخانه های عمومی شهر است و همه "
    "شعبه ها باید از آغاز سال آن را به کار ببندند.\n\n"
    "ماده 1) تعاریف\n\n"
    "کارت عضویت: کارتی است که کتابخانه برای شناختن عضو و امانت دادن کتاب به او صادر می کند."
)


def test_sentence_broken_over_two_lines_is_no_title() -> None:
    article = parse_article("\n\n".join([NOTE_FIRST, NOTE_REST, RULES]) + "\n")
    assert article.title is None


def test_headline_over_a_lead_not_going_on_with_and_stays() -> None:
    # Near miss: the same first line over a lead that starts a sentence of its own.
    headline = "آیین نامه تازه عضویت کتابخانه های عمومی شهر ابلاغ شد"
    lead = "رئیس شورای کتابخانه ها گفت آیین نامه تازه از اول ماه آینده در همه شعبه ها اجرا می شود."
    article = parse_article("\n\n".join([headline, lead, RULES]) + "\n")
    assert article.title == headline


def test_headline_with_a_short_second_line_going_on_with_and_stays() -> None:
    # Near miss: a headline set over two lines, its short second line without a full stop.
    first = "افتتاح کتابخانه تازه در روستای بالا"
    second = "و آغاز طرح کتابخوانی کودکان"
    lead = "فرماندار شهرستان صبح امروز کتابخانه تازه روستا را با حضور اهالی افتتاح کرد."
    article = parse_article("\n".join([first, second, "", lead, "", RULES]) + "\n")
    assert article.title is not None
    assert article.title.startswith(first.strip())
