"""fix260, from real74: «شناسه مقاله : N» (article ID) is an ID label (a waqf portal's paper
page, pooyesh.whc.ir, real74 #16), and a citation record's title label printed alone over its
value, the record's next label under that value («عنوان مقاله :» / TITLE / «پدید آورندگان :»,
search.isc.ac, real74 #03), names the title. The layouts are the real pages'; the sentences
are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "رونق دوباره بندرهای جنوب در سال تازه"
BODY = (
    "بندر این شهر هنوز پر از کامیون و شناور است و کارگران از صبح تا شب بارها را از "
    "انبارها به اسکله می‌رسانند. جرثقیل‌ها در سوی دیگر کار می‌کنند و کانتینرهای خالی "
    "کمی آن‌سوتر ردیف شده‌اند و هنوز کسی تکلیفشان را روشن نکرده است."
)


def _record(label: str = "عنوان مقاله :", title: str = HEADLINE, author: str = "بی نام") -> str:
    """A citation index's record: each label printed alone, its value on the next line."""
    return "\n".join(
        [
            label,
            title,
            "پدید آورندگان :",
            author,
            "کلیدواژه :",
            "بندر , تجارت دریایی",
            "چکیده فارسی :",
            BODY,
        ]
    )


# --- «شناسه مقاله» --------------------------------------------------------------------------


def test_article_id_label_gives_the_number_from_the_text_alone() -> None:
    text = "\n\n".join([HEADLINE, "شناسه مقاله : 16452", "تعداد بازدید : 2372", BODY])
    article = parse_article(text)
    assert article.number == "16452"
    assert article.evidence.get("number") == "label"
    assert article.title == HEADLINE


def test_article_id_label_inside_a_sentence_is_no_id() -> None:
    # Near miss: the words inside the body's sentence, not opening a header line.
    sentence = "این نوشته در پایگاه ما با شناسه مقاله 16452 ثبت شده و همه می‌توانند آن را بخوانند."
    article = parse_article("\n\n".join([HEADLINE, BODY, sentence]))
    assert article.number is None


def test_visit_count_label_is_no_id() -> None:
    # Near miss: the record's counter beside it is no ID.
    article = parse_article("\n\n".join([HEADLINE, "تعداد بازدید : 2372", BODY]))
    assert article.number is None


# --- a title label printed alone over its value ---------------------------------------------


def test_citation_record_title_under_its_label() -> None:
    # The author's value «بی نام» (none named) is the line over the abstract's label: on main
    # that line was taken and then refused as a form's value, leaving no title.
    article = parse_article(_record())
    assert article.title == HEADLINE
    assert article.evidence.get("title") == "title label"
    assert not article.warnings


def test_citation_record_with_a_named_author() -> None:
    # On main the headline was found and then refused as a form's value under «عنوان مقاله :».
    article = parse_article(_record(author="مریم احمدی"))
    assert article.title == HEADLINE
    assert not article.warnings


def test_plain_title_label_alone_over_its_value() -> None:
    article = parse_article(_record(label="عنوان :"))
    assert article.title == HEADLINE
    assert article.evidence.get("title") == "title label"


def test_same_line_article_title_label() -> None:
    text = "\n".join([f"عنوان مقاله : {HEADLINE}", "پدید آورندگان : مریم احمدی", BODY])
    article = parse_article(text)
    assert article.title == HEADLINE


def test_one_word_value_under_the_label_is_no_title() -> None:
    # Near miss: a one-word value names no article («عنوان : ندارد»); not taken as the title.
    article = parse_article(_record(title="بندرها"))
    assert article.title != "بندرها"


def test_record_under_the_page_headline_keeps_the_page_headline_rule() -> None:
    # Near miss: a headline of the page's own over the record (fix227's refusal): the label's
    # value is not taken by the label rule.
    article = parse_article("نشریه بندر\n" + _record())
    assert article.evidence.get("title") != "title label"


def test_label_over_a_value_and_text_is_no_record() -> None:
    # Near miss: no record's next label under the value: the label rule does not read it.
    article = parse_article("\n".join(["عنوان مقاله :", HEADLINE, BODY]))
    assert article.evidence.get("title") != "title label"
