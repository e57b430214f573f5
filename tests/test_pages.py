"""Real page structure: every page of tests/pages gives its hand-checked golden record.

Each page mirrors a real Iranian or Afghan site (its URL is in the page's JSON and in
tests/pages/SOURCES.md): menus, banners, kickers, header lines, related lists and
footers as the site prints them. The golden record (title, number, published and
updated to the minute with the offset) was checked by hand, not produced by this library.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.checks import page_expected, page_view

import jalali_meta as jm

PAGES_DIR = Path(__file__).with_name("pages")
PAGES = sorted(p for p in PAGES_DIR.iterdir() if p.suffix in (".txt", ".html"))

# Pages that still fail, each with the reason; strict, so a fixed page must leave this list.
KNOWN_FAILURES: dict[str, str] = {
    "042_kayhan-london_1394-azar-pdf-page": (
        "title wrong (title-uncertain warned): the golden's title is the flipbook's page title «Page 14 - (کیهان لندن - "
        "سال ... شماره ۳۷ (دوره جديد», which prints the paper's volume and issue number (a "
        "masthead: no title candidate since 041's rule); the article headlines are split "
        "across interleaved PDF columns («ﺭﻳﺸﻪ ﺩﺭ ﺁﻳﻴﻦﻫﺎﻯ      ﻣﻨﺘﺸﺮ ﺷﺪ ...», gutters of "
        "spaces), which score highest right above the first paragraph; with those set aside "
        "(tried) the unread presentation-form week line «ﺟﻤﻌﻪ 13ﺗﺎ ﭘﻨﺠﺸﻨﺒﻪ ...» wins; the text "
        "prints no single-line article headline"
    ),
    # Held-out pages 300-329 (branch holdtext), measured blind before any fix:
    # Held-out pages 330-339 (second batch, measured blind; same result on main and here):
    "336_kabulnath_diaspora_menu_title_subtitle_author_date_in_text": (
        "title wrong (title-uncertain warned): the numbered section heading «1ـ سخن آغازین» "
        "right above the first paragraph is no title since the tatweel rule, but the author's "
        "name «دکتر نصیر احمدی» and the subtitle tie above it, far over the title (2 points)"
    ),
    # Held-out pages 340-345 (third batch, measured blind; same result on main and here):
    # A held-out HTML page (branch holdhtml):
    "400_hawzahnews_today_banner_hijri_photo_link_no_date": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong, no title-uncertain: the page prints no headline line; a photo-gallery link «تصاویر/ ...» (another item) is taken. "
        "Since titles2 a link to a photo or video item chosen by score is warned (title-uncertain)"
    ),
    "434_manaman_village_site_title_glued_author_mixed_digit_dates": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong, no title-uncertain: a line with the title glued to «نویسنده: NAME - date» is taken; the golden is null (two different dates, no headline line). "
        "Since titles2 a line holding an author's label and a date is no candidate; the body's first line "
        "«نخستین مدرسه روستا : ...» is taken, warned (title-uncertain: the next line goes on with «و ...»)"
    ),
    "474_eshia_lecture_teacher_course_slash_date_subject_no_headline": (
        "fresh batch 460-498 (first measured on main ace9285): title wrong: the invocation "
        "«بسم الله الرحمن الرحيم» is taken; the golden is null. Since titles5 warned "
        "(title-uncertain: an invocation opens a text without naming it; the teacher's line "
        "competes). Since fixtitle the teacher's line is taken, warned, the invocation competing"
    ),
    # Blind batch 500-537 (branch blind4: written by a helper who never ran the library):
    # Second blind batch 540-577 (branch blind5: written by a helper who never ran the library):
    "577_tweetna_tweet_aggregator_bullet_name_handle_date_saat_time_indented_no_title": (
        "second blind batch 540-577 (measured before any fix for it, on 34c3452): title wrong (with title-uncertain): 'مهدی سپهری mehdisep88@' (golden None) Now (after this round's fixes): title wrong (with title-uncertain): 'مهدی سپهری mehdisep88@'."
    ),
    # Third blind batch 580-609 (branch blind6: written by a helper who never ran the library):
    # fourth blind batch 610-649:
    "643_akhondan_blogfa_html_month_archive_generator_meta_og_blog_title_posttitle_more_link_postdesc_signature": (
        "fourth blind batch 610-649 (measured before any fix for it, on 1de15b4, code dfc25df): title wrong (with title-uncertain): 'آموزش خبرنویسی و روزنامه\\u200cنگاری برای دانشجویان' (golden 'خبر و اصول خبرنویسی'); published missing (golden '2015-11-09T16:09+03:30'). "
        "Since fix7 published is right (Blogfa's signature line, «ساعت 16:9»); the title is still the blog's og:title, warned"
    ),
    # fifth blind batch 650-689:
    # sixth blind batch 690-729:
    "716_asiaplustj_tajik_daily_roundup_no_headline_line_capital_section_headings_times_today_history_years_date_path_and_date_in_slug": (
        "sixth blind batch 690-729 (measured before any fix for it, on 5df7244, code 9c10fd0): title wrong (no warning): 'ЧОРАБИНИҲОИ МУҲИМ' (golden None); published missing (golden '2025-11-20'). Since fix9 the title is warned (title-uncertain: one of several capital section headings); "
        "its published golden is null since the ninth session (a Gregorian date in an item's address is not a printed date)"
    ),
    # seventh blind batch 730-769:
    "734_garmeh_nkhorasan_governorate_print_label_spaced_colon_weekday_date_pipe_unpadded_minute_title_twice_source_line_content_id": (
        "seventh blind batch 730-769 (measured before any fix for it, on b7aa15a, code 4ea0e3b): published missing (golden '2019-10-01T13:04+03:30')"
    ),
    "746_navajonob_bushehr_posts_page_photo_headline_list_first_author_credit_glued_no_headline_of_item_no_date_posts_id": (
        "seventh blind batch 730-769 (measured before any fix for it, on b7aa15a, code 4ea0e3b): title wrong (with a warning): 'نوای جنوب:فاطمه دشتی\\u200cزاده' (golden None)"
    ),
    "747_medsab_medical_university_portal_one_line_kicker_colon_title_lead_glued_ascii_digits_no_date_pageid_query": (
        "seventh blind batch 730-769 (measured before any fix for it, on b7aa15a, code 4ea0e3b): title missing (golden 'ثبت 9 هزار مراجعه به اورژانس بیمارستان واسعی سبزوار')"
    ),
    # eighth blind batch 770-799 (measured before any fix for it, on 2168f81, code 47149ca):
    # ninth blind batch 800-839 (measured before any fix for it, on 10f8380, code 931772a):
    "814_eghtesadiiran_wp_site_notice_with_mirror_addresses_first_title_ending_colon_share_count_spread_the_love_ad_contact_p_id": (
        "ninth blind batch 800-839 (measured before any fix for it, on 10f8380, code 931772a): title wrong (with a warning): 'تلفنهای تماس: ۰۹۱۲۰۰۰۰۰۰۰' (golden 'تعریف تازه کل\\u200cهای پولی در آمار بانک مرکزی:'); since fix13 None with title-uncertain: the headline ends with «:», read as a kicker with no headline under it"
    ),
    "827_aviniha_afghan_news_title_glued_to_lead_no_space_single_paragraph_weekday_only_no_date_two_digit_folder_slug": (
        "ninth blind batch 800-839 (measured before any fix for it, on 10f8380, code 931772a): title missing (golden 'تنش در بلخ بر سر معرفی فرمانده تازه پلیس'); its number, '01' silently then, is None since fix13"
    ),
    # tenth blind batch 840-859 (measured before any fix for it, on 6f5b2b6, code 10faf9f):
    # eleventh blind batch 860-879 (measured before any fix for it, code 302b2af):
    "860_sobhesahel_split_date_box_day_month_year_lines_category_then_date_time_glued_comment_count_roundup_no_headline_id_slug": (
        "eleventh blind batch 860-879 (measured before any fix for it, code 302b2af): title wrong (no warning): 'برکناری یک مدیر شهری در پی سخنان تند درباره خبرنگاران' (golden None); published missing (golden '2024-11-28T09:52+03:30'). Since fix15 published is right (a counter after the date's time is no company); the title is still the roundup's first item heading. Since fix19 the title is warned (title-uncertain: the address's slug names a headline the page does not print)"
    ),
    # twelfth blind batch 880-899 (measured before any fix for it, code c9b960e):
    # thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef):
    "902_newsvim_blogger_daily_archive_english_weekday_month_day_year_header_two_posts_agency_city_dateline_colon_time_in_words_today_handle_line": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): title wrong (no warning): 'آتش\\u200cسوزی در یک بازار چوب\\u200cفروشی شهر هرات مهار شد' (golden None)"
    ),
    "903_fisabilellah_persianblog_1384_afghan_monthly_archive_basmala_blog_name_day_sawr_without_year_agency_dateline_second_post_comma_date_mixed_digits": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): title wrong (title-uncertain warned): 'دو تن با چند کيسه چرس در ولسوالى کهسان هرات دستگير شدند' (golden None); published wrong (warned): '2005-05-20' (golden '2005-05-21')"
    ),
    "904_jams_arakmu_journal_article_issue_line_two_month_range_volume_pages_citation_formats_english_and_persian_citations_with_year_only_a_id_query": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): title wrong (no warning): 'XML English Abstract Print' (golden 'دقت یک امتیاز بالینی ساده در پیش\\u200cبینی کم\\u200cآبی کودکان مبتلا به گاستروانتریت حاد'); number missing (golden '6062'). Since fix18 the number is right (the address's a_id)"
    ),
    "912_newsvim_html_blogger_daily_archive_date_header_h2_span_english_date_two_post_outer_h3_titles_dateline_body_no_timestamps_no_date_meta": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): title wrong (title-uncertain warned): 'نیوز ویم' (golden None); since fix188 (the h1 linking home that <title> repeats is the blog's name) the first post's headline, still warned"
    ),
    "915_fisabilellah_persianblog_html_2005_table_template_blog_title_divs_date_div_sawr_without_year_post_title_agency_lines_second_post_comma_date_mixed_digits": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): title wrong (title-uncertain warned): 'دو تن با چند کيسه چرس در ولسوالى کهسان هرات دستگير شدند' (golden None); published wrong (warned): '2005-05-20' (golden '2005-05-21')"
    ),
    "918_asvakanews_wp_category_label_title_lead_opens_with_site_name_glued_parenthesised_weekday_slash_day_mizan_slash_year_colon_related_reply_back_to_top": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): number missing (golden '2051'); published missing (golden '2021-09-30'). Since fix18 published is right (the site's name glued to its bracketed dateline); the number in «/afghanistan/2051/» reads as a year and stays missing. fix40: WordPress's «/%category%/%post_id%/» is not told from a section's number («/province/35», page 503) by the address alone; the HTML twin (919) takes the post's ID from its shortlink «/?p=2051»"
    ),
    # fourteenth blind batch 920-937 (measured before any fix for it, code bbf65bc):
    "925_farhangemrooz_print_view_epigraph_in_guillemets_first_line_then_site_name_colon_lead_no_headline_no_date_id_in_print_address": (
        "fourteenth blind batch 920-937 (measured before any fix for it, code bbf65bc): title wrong (no warning): '«روزها را نمی\\u200cشود نگه داشت، اما می\\u200cشود شمردشان»' (golden None). Since fix19 the title is warned (title-uncertain: the address's slug names a headline the page does not print)"
    ),
    "927_anarak24_joomla_category_date_widget_day_number_then_weekday_comma_gregorian_month_then_persian_weekday_comma_jalali_date_items_without_dates": (
        "fourteenth blind batch 920-937 (measured before any fix for it, code bbf65bc): title wrong (no warning): 'بخشدار انارک : راه روستاهای بخش پیش از بارش\\u200cهای زمستانی باید بازسازی شود و اعتبار آن در سفر استانی پیگیری شده است' (golden None); published wrong (no warning): '2025-01-03' (golden None). Since fix19 the title is warned (title-uncertain: a list's ?start= offset), and so is published"
    ),
    # fifteenth blind batch 940-953:
    "946_krccima_arabic_joomla_k2_print_view_close_mark_warning_juser_line_print_label_arabic_weekday_comma_day_two_month_names_slash_year_time_about_page": (
        "fifteenth blind batch 940-953: title wrong (title-uncertain warned): 'Print this page' (golden 'عن الغرفة') (published fixed by fix22). "
        "Since fix41 the K2 buttons and the JUser error line are no candidates; the subheading 'خلفیة الغرفة' right over the "
        "body now wins by a point, warned (the rating box «Rate this item», «(0 votes)» between the title and the body counts as a menu run)"
    ),
    # sixteenth blind batch 960-979:
    "974_weunlimited_blogspot_day_archive_blog_name_then_fa_locale_date_header_post_title_source_labels_with_spaced_colon_inja_links": (
        "sixteenth blind batch 960-979: title wrong (title-uncertain warned): 'شهرداری باز هم قول داد، پارک محله هنوز بسته است' (golden None); published wrong (warned): '2009-12-23' (golden None). Since fix37 the title is right "
        "(None: a blog's date archive that prints no name of the list)"
    ),
    # eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c):
    "1006_fazellankarani_religious_authority_office_title_arabic_kaf_yeh_then_date_line_time_line_view_count_line_summary_label_latest_events_label_speech": (
        "eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c): title wrong (title-uncertain warned): 'بیانات آیت الله فاضل لنکرانی در دیدار با مدیران کتابخانه\\u200cهای عمومی استان قم' (golden 'كتاب؛ راهی برای پيوند نسل جوان با ميراث علمی حوزه'); published wrong (warned): '2023-01-03' (golden '2023-01-03T18:39+03:30'). Since fix40 published is right (the bare time line a blank line under the bare date line is joined); the title stays the summary under «خلاصه خبر :», warned"
    ),
    "1015_kelkein_afghan_culture_glued_category_labels_line_title_with_part_number_jalali_day_month_parenthesised_afghan_month_glued_year_dash_gregorian_ymd": (
        "eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c): title wrong (title-uncertain warned): 'مروری بر بازارها، زیارتگاه\\u200cها و زندگی روزمره در مزار شریف' (golden 'شهر گنبدهای فیروزه\\u200cای: نگاهی به ولایت بلخ (۲)')"
    ),
    # the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix:
    "1020_torc_tehran_refinery_section_label_then_latin_digit_weekday_day_month_year_title_statement_signature_with_previous_day_date_glued_guillemet": (
        "the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix: title wrong (title-uncertain warned): 'اخبار و رویداد' (golden 'توضیح پالایشگاه تهران درباره گزارش برخی رسانه\\u200cها با عنوان «دود سیاه بر فراز جنوب تهران؛ آتش\\u200cسوزی یا مشعل؟»')"
    ),
    "1039_scoda_bar_union_category_archive_titles_list_first_item_title_with_weekday_mooarekh_slash_date_then_long_quote_excerpts_no_item_dates": (
        "the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix: title wrong (title-uncertain warned): 'استقلال حرفه وکالت تضمین دسترسی مردم به دادرسی منصفانه است' (golden None)"
    ),
    # the twentieth blind batch (1040-1057), measured on 694f993 before any fix:
    "1053_gowharshadmedia_wp_category_archive_php_notices_first_archive_title_page_of_pages_relative_years_ago_dash_views_lines_leads_yearless_weekday_hamal": (
        "the twentieth blind batch (1040-1057), measured on 694f993 before any fix: title missing (golden 'اخبار گوهرشاد')"
    ),
    "1054_chekad_tv_afghan_tag_page_single_item_title_twice_second_with_leading_space_lead_today_yearless_afghan_jawza_ellipsis_no_item_date": (
        "the twentieth blind batch (1040-1057), measured on 694f993 before any fix: title wrong (title-uncertain warned): 'باشندگان بند جاده هرات-اسلام\\u200cقلعه را برای ساعاتی مسدود کردند' (golden None)"
    ),
    "1075_azhangnews_wp_image_alt_number_first_glued_headline_site_credit_in_curly_quotes_glued_body_glued_year_prev_next_comment_form_no_date_gregorian_day_in_address": (
        "the twenty-first blind batch (1060-1079), measured on c12806e before any fix: title missing (golden 'تصویرقدیمی ترین ساختمان پست تهران'); published missing (golden '2021-10-25', right since the address's Gregorian day is read on a page printing no date)"
    ),
    "1066_ostadnews_this_day_in_history_series_line_gregorian_day_month_first_sections_item_titles_historical_dates_with_jalali_twin_no_page_date_jalali_day_in_address": (
        "the twenty-first blind batch (1060-1079), measured on c12806e before any fix: title wrong (title-uncertain warned): '«ناصرخسرو» و آغاز سفر هفت ساله او' (golden 'مهمترین رویدادهای ایران و جهان در طول تاریخ در این روز ۶ مارس')"
    ),
    "1064_ict_tcm_telecom_company_aspx_page_name_then_name_dash_labelled_slash_date_dash_view_count_line_history_sections_many_years_id_in_query": (
        "the twenty-first blind batch (1060-1079), measured on c12806e before any fix: title missing (golden 'تاریخچه')"
    ),
    "1089_parsiniak_rozfa_html_forum_table_layout_login_td_visit_count_author_td_offline_img_join_date_br_post_title_div_bold_question_br_wrapped_text_title_tag_subject_no_dates": (
        "the twenty-second blind batch (1080-1099), measured on 4e49140 (code of c12806e) before any fix: title wrong (title-uncertain warned): 'صفحه اصلي » راهنما' (golden 'راهنمای سایت'); published right since fix47 (the author panel's join date is set aside)"
    ),
    "1088_parsiniak_rozfa_forum_post_login_line_first_view_count_author_panel_offline_posts_count_join_date_day_slash_month_slash_year_spaced_thanks_post_title_question_hard_wrapped_body_no_post_date": (
        "the twenty-second blind batch (1080-1099), measured on 4e49140 (code of c12806e) before any fix: title wrong (title-uncertain warned): 'پیام خصوصی چیست و چگونه فرستاده می شود؟' (golden 'راهنمای سایت'); published right since fix47 (the author panel's join date is set aside)"
    ),
    "1085_afghanistantoday_html_joomla15_ticker_marquee_latest_label_contentheading_td_createdate_weekday_hyphen_date_off_by_one_no_meta_id_in_query": (
        "the twenty-second blind batch (1080-1099), measured on 4e49140 (code of c12806e) before any fix: published wrong (warned): '2011-07-24' (golden None)"
    ),
    "1084_afghanistantoday_dari_joomla_latest_label_first_title_then_weekday_day_hyphen_month_hyphen_year_jalali_weekday_off_by_one_body_misspelt_sonbola_date_id_in_query": (
        "the twenty-second blind batch (1080-1099), measured on 4e49140 (code of c12806e) before any fix: published wrong (warned): '2011-07-24' (golden None)"
    ),
    "1115_panjakent_tj_html_municipal_portal_header_body_name_ul_breadcrumb_news_div_news_item_div_news_date_iso_like_seconds_h2_caps_title_link_item_ids_no_meta_dates": (
        "the twenty-third blind batch (1100-1119); since fix51 a list of bare-dated items (published None, right): "
        "title None with title-uncertain (golden 'Хабарҳо', the bulleted/breadcrumb label the golden itself doubts)"
    ),
    "1114_panjakent_tj_tajik_municipal_portal_news_listing_body_name_bulleted_section_label_iso_like_date_time_with_seconds_above_caps_titles_lead_paragraphs_two_items_plus0500": (
        "the twenty-third blind batch (1100-1119); since fix51 a list of bare-dated items (published None, right): "
        "title None with title-uncertain (golden 'Хабарҳо', the bulleted/breadcrumb label the golden itself doubts)"
    ),
    "1111_hijab_hayatebartar_womens_magazine_google_label_glued_page_title_pipe_site_find_me_here_yearless_day_month_badge_title_with_spaced_exclamation_collection_label_subtitle_title_again_id_in_address": (
        "the twenty-third blind batch (1100-1119), measured on 63cc1be before any fix: title wrong (title-uncertain warned): 'بر وزن ساده و دلنشین!' (golden 'ساده و آراسته !')"
    ),
    "1102_meyar_blogir_friday_prayer_office_blog_name_and_own_tagline_twice_phone_address_lines_category_heading_no_post_title_body_glued_day_slash_month_slash_short_year_khotbe_labels_date_in_address": (
        "the twenty-third blind batch (1100-1119), measured on 63cc1be before any fix: title wrong (title-uncertain warned): 'دفترامام جمعه شهر فرح آباد' (golden None)"
    ),
    "1135_yektapress_amp_news_section_menu_lines_no_headline_lead_then_code_label_persian_digits_then_time_dash_day_month_year_line_group_credit_star_subheads": (
        "the twenty-fourth blind batch (1120-1139), measured on 6fdea18 before any fix: title wrong (no warning): 'انتخابات 1400' (golden None); since fix55 warned (the menu's last item right over the lead), still not None"
    ),
    "1131_khalkovozi_tj_uzbek_cyrillic_newspaper_joomla_contact_label_join_us_menu_section_caps_author_super_user_category_printed_published_day_month_year_views_print_no_title_line_id_in_address": (
        "the twenty-fourth blind batch (1120-1139), measured on 6fdea18 before any fix: title wrong (title-uncertain warned): 'Чоп этилган 04 Феврал 2016 Кӯришлар: 2215' (golden None); number missing (golden '773'); published missing (golden '2016-02-04'); since fix55 title and published right, number still missing (a three-digit Joomla ID before its alias under a section segment, «/siyosat/773-<alias>», is not read)"
    ),
    "1127_skchto_south_khorasan_cultural_heritage_office_note_title_subtitle_lead_public_relations_credit_registration_date_dd_mm_yy_in_body_share_line_no_printed_date_id_in_address": (
        "the twenty-fourth blind batch (1120-1139), measured on 6fdea18 before any fix: number missing (golden '4377'): the ID ends «/fa/note/cultural-heritage/4377» under a category segment, with «note» two segments up (not read; fix55 left it)"
    ),
    "1163_alborz_doe_html_portal_news_module_breadcrumb_province_news_h1_title_h2_title_again_body_div_yearless_day_more_link_footer_year_slogan_no_date_element_no_meta_dates": (
        "the twenty-sixth blind batch (1160-1179), measured on 3a40eec before any fix: number missing (golden '1203612')"
    ),
    "1162_alborz_doe_provincial_environment_office_portal_province_news_label_title_twice_public_relations_credit_yearless_fifth_aban_in_body_more_link_year_slogan_1399_footer_id_in_address": (
        "the twenty-sixth blind batch (1160-1179), measured on 3a40eec before any fix: number missing (golden '1203612')"
    ),
    "1209_nasimerooyesh_autoblog_news_ad_placeholder_in_brackets_no_title_body_today_day_month_current_year_words_end_of_message_source_label_news_id_in_address": (
        "the twenty-eighth blind batch (1200-1219), measured on 0bd591d before any fix: assert {'title': Non...pdated': None} == {'title': '[a...pdated': None}"
    ),
    "1205_shahriarnegar_county_news_site_governorate_safety_working_group_title_twice_hard_line_breaks_inside_paragraphs_credit_via_public_relations_views_label_persian_digit_no_date_slug_address": (
        "the twenty-eighth blind batch (1200-1219), measured on 0bd591d before any fix: assert {'title': 'بر...pdated': None} == {'title': 'عم...pdated': None}; since real63 the wrapped paragraph's piece is no title (None, title-uncertain)"
    ),
    "1204_golshn12_blogfa_magazine_blog_post_header_announcement_marquee_line_title_arabic_yeh_kaf_body_years_1950_1379_1375_citations_no_date_post_id_in_address": (
        "the twenty-eighth blind batch (1200-1219): since fix73 the marquee's lead sentence (به گزارش يونسكو ...) is no title (None, title-uncertain); the post's headline, printed with no blank line over its first paragraph, is not found"
    ),
    "1203_ncc_tj_tajik_national_coordination_committee_item_prev_next_links_with_dotted_dates_title_body_today_day_month_year_in_tajik_date_in_address": (
        "the twenty-eighth blind batch (1200-1219), measured on 0bd591d before any fix: assert {'title': 'Да...pdated': None} == {'title': 'Да...pdated': None}"
    ),
    "1202_uromnews_urmia_news_tag_page_today_banner_label_weekday_comma_day_month_comma_year_tag_heading_endowments_item_day_glued_month_yearless_title_twice_lead": (
        "the twenty-eighth blind batch (1200-1219), measured on 0bd591d before any fix: assert {'title': 'او...pdated': None} == {'title': 'او...pdated': None}"
    ),
    "1234_ajabshirpress_county_news_site_print_view_title_then_body_straight_double_quotes_spaced_exclamations_double_exclamation_dots_spaced_no_date_no_byline_print_id_in_address": (
        "the twenty-ninth blind batch (1220-1239), measured on b670b13 before any fix: assert {'title': 'از...pdated': None} == {'title': 'از...pdated': None}"
    ),
    "1226_journalism_tnu_tj_tajik_university_faculty_joomla_article_template_credit_social_words_read_also_ticker_day_slash_month_yearless_truncated_titles_stray_token_no_headline_legacy_tajik_letters_id_in_address": (
        "the twenty-ninth blind batch (1220-1239), measured on b670b13 before any fix: assert {'title': Non...pdated': None} == {'title': 'cl...pdated': None}"
    ),
    "1221_azadshahr_ostan_golestan_html_dle_print_page_deprecated_warnings_in_b_tags_speedbar_breadcrumb_h1_title_span_date_day_month_year_author_link_pipe_full_story_no_meta_dates_id_11991": (
        "the twenty-ninth blind batch (1220-1239), measured on b670b13 before any fix: assert {'title': 'گش...pdated': None} == {'title': 'گش...pdated': None}"
    ),
    "1220_azadshahr_ostan_golestan_county_heritage_office_dle_print_page_php_deprecated_warnings_breadcrumb_title_glued_to_day_month_year_dot_author_label_arabic_yeh_pipe_body_older_two_digit_year_date_id_in_address": (
        "the twenty-ninth blind batch (1220-1239), measured on b670b13 before any fix: assert {'title': 'گش...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1251_90eghtesadi_economic_news_archive_migrated_item_code_label_persian_digits_first_short_link_copied_placeholder_headline_akhbar_archivi_twice_speaker_colon_lead_sal_85_saljari_no_date_id_in_address": (
        "blind33 (fix74: text alone now warns): the golden's title is the placeholder «اخبار آرشیوی» printed twice; the library takes the item's «SPEAKER: HEADLINE» line with title-uncertain"
    ),
    "1246_hormozgan_agri_jahad_html_laravel_city_news_h3_section_title_image_city_name_save_image_link_h5_title_with_city_label_span_lead_body_1358_jihad_week_title_tag_site_and_section_only_no_dates_id_1184": (
        "blind33 (fix74: the brand and the photo's button are no longer taken): the title keeps the county label «در شهرستان بندر لنگه» run into the h5 headline (warned); number missing (/cities/1184)"
    ),
    "1245_hormozgan_agri_jahad_agriculture_jihad_province_counties_news_section_line_county_name_save_image_label_title_glued_after_county_phrase_body_jihad_week_21_27_khordad_1358_no_date_id_in_address": (
        "blind33 (fix74: «NAME ذخیره تصویر» is chrome now): the title keeps the county label «در شهرستان بندر لنگه» run into the headline (warned); number missing (/cities/1184)"
    ),
    "1241_semnanpl_html_portal_news_detail_div_date_slash_date_span_weekday_span_rutitr_kicker_semicolon_h2_title_lead_div_body_22bahman_library_name_print_links_no_meta_dates_id_1008784": (
        "blind33 (fix74: the date over the «؛» kicker is read now): number missing: three IDs after ?news/, which the corpus's goldens of the same portal software read differently (1162/1163 the last, 735/762 none)"
    ),
    "1240_semnanpl_public_libraries_provincial_portal_county_library_news_pipe_line_then_slash_date_weekday_after_kicker_semicolon_title_lead_body_22bahman_library_name_glued_digits_id_in_address_query": (
        "blind33 (fix74: the date over the «؛» kicker is read now): number missing: three IDs after ?news/, which the corpus's goldens of the same portal software read differently (1162/1163 the last, 735/762 none)"
    ),
    "1275_scprd_html_old_php_table_layout_today_banner_td_english_date_marquee_ticker_list_headline_with_br_split_author_paragraph_headline_repeated_body_no_meta_dates_id_12": (
        "blind34 (fix76: warned now): title the headline's first line only; the page sets the headline over two lines (a <br> in the title cell) and prints the pair again below, and the two lines are not joined (a title spans one line)"
    ),
    "1274_scprd_afghan_pashto_essays_site_php_item_english_today_banner_thursday_25_may_2017_six_bullet_ticker_headline_split_over_two_lines_author_line_headline_repeated_no_date_id_12_in_address": (
        "blind34 (fix76: warned now): title the headline's first line only; the page sets the headline over two lines (a <br> in the title cell) and prints the pair again below, and the two lines are not joined (a title spans one line)"
    ),
    "1270_ksaadat_co_tajik_cultural_blog_wordpress_post_skip_link_russian_title_subtitle_preface_curly_quotes_note_label_today_in_parentheses_17_march_2017_three_asterisks_date_only_in_address": (
        "blind34, held out (2026-12-04): measured on e9ddc30 before any fix: assert {'title': 'Ки...pdated': None} == {'title': 'Пе...pdated': None}"
    ),
    "1264_yazdnegah_yazd_news_site_fararu_network_tags_page_7_about_label_with_no_tag_name_read_more_in_fararu_item_count_279_persian_digits_leads_only_no_titles_no_dates_no_ids": (
        "blind34, held out (2026-12-04): measured on e9ddc30 before any fix: assert {'title': Non...pdated': None} == {'title': 'در...pdated': None}"
    ),
    "1295_fars_online_payam_network_news_item_site_name_latest_items_label_arabic_yeh_title_with_section_name_glued_after_zoom_label_site_name_dash_lead_relayed_isar_no_date_id_in_address": (
        "blind35, held out (2026-12-04): measured on 018f133 before any fix: assert {'title': 'مد...pdated': None} == {'title': 'مد...pdated': None}; since fix78 the title keeps the relayed source's name glued after its verb «خبر داد» WITH title-uncertain (the text does not say where the headline ends; the fixture's slug no longer spells the rewritten headline)"
    ),
    "1306_rahesharghi_html_wordpress_single_h1_entry_title_entry_summary_excerpt_bracketed_ellipsis_entry_content_repeats_lead_no_time_element_no_published_meta_shortlink_p_9184_date_only_in_address_2021_01_25": (
        "blind36, held out (2026-12-04): measured on 5e4f2f5 before any fix: assert {'title': 'خا...pdated': None} == {'title': 'خا...pdated': None}"
    ),
    "1323_afghanirca_html_news_page_title_tag_headline_dash_agency_header_logo_alt_and_text_div_news_date_span_1403_08_07_12_5_glued_span_code_112576_h1_lead_reading_time_body_source_list_empty_tags_no_meta_dates": (
        "blind37, held out (2026-12-04): measured on 53b7099 before any fix: assert {'title': 'شو...pdated': None} == {'title': 'شو...pdated': None}"
    ),
    "1322_afghanirca_afghan_dari_news_agency_site_name_twice_glued_date_1403_08_07_time_12_5_unpadded_minute_glued_to_code_label_112576_title_then_title_dash_site_reading_time_lead_twice_source_bullet_tags": (
        "blind37, held out (2026-12-04): measured on 53b7099 before any fix: assert {'title': 'ری...pdated': None} == {'title': 'ری...pdated': None}"
    ),
    "1353_ircaspian_gilan_news_tag_page_today_banner_emruz_1403_06_30_one_teaser_title_and_lead_no_tag_heading_no_dates_no_ids": (
        "blind38, held out (2026-12-04): measured on 1683e2d before any fix: AssertionError: assert {'title': Non...pdated': None} == {'title': 'کم...pdated': None}"
    ),
    "1360_constcourt_tj_tajik_constitutional_court_joomla_decision_live_clock_banner_18_54_51_dash_21_01_2020_slogan_contact_block_title_line_legacy_font_spaced_qarori_decision_dated_12_june_2015_alias_timestamp_2015_11_23_id_303": (
        "blind39, held out (2026-12-04): measured on 3162c12 (after fix84-fix86 and attack35) before any fix for it: AssertionError: assert {'title': 'Қа...pdated': None} == {'title': '73...pdated': None}"
    ),
    "1361_constcourt_tj_html_joomla15_decision_div_clock_19_02_17_dash_21_01_2020_slogan_contact_module_td_contentheading_title_centered_spaced_qarori_heading_decision_date_12_june_2015_no_createdate_no_meta_dates_alias_timestamp_address": (
        "blind39, held out (2026-12-04): measured on 3162c12 (after fix84-fix86 and attack35) before any fix for it: AssertionError: assert {'title': 'Қа...pdated': None} == {'title': 'Қа...pdated': None}"
    ),
    "1380_noorphoto_photo_agency_print_view_id_label_spaced_colon_weekday_day_month_year_time_same_line_1401_mehr_after_summer_time_numbered_kicker_quoted_name_title_lead_caption_name_line_glued_words": (
        "blind40, held out (2026-12-04): measured on a41d661 (after fix84-fix87) before any fix for it: AssertionError: assert {'title': 'آر...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1385_irava1995_blogspot_ottawa_persian_radio_diaspora_blogger_post_no_title_sidebar_pages_about_me_my_photo_location_profile_broadcast_slot_ottawa_tehran_date_header_weekday_month_day_year_1399_gregorian_twin_equals_sign_numeric_slug": (
        "blind40, held out (2026-12-04): measured on a41d661 (after fix84-fix87) before any fix for it: AssertionError: assert {'title': Non...pdated': None} == {'title': 'Ot...pdated': None}"
    ),
    "1386_irava1995_html_blogger_sidebar_first_pagelist_profile_widget_img_alt_my_photo_h2_date_header_span_weekday_month_day_year_1399_post_without_h3_title_post_body_br_twin_date_title_tag_blog_name_only_no_timestamp": (
        "blind40, held out (2026-12-04): measured on a41d661 (after fix84-fix87) before any fix for it: AssertionError: assert {'title': Non...pdated': None} == {'title': 'کا...pdated': None}"
    ),
    "1400_marjaema_shia_religious_news_portal_seminary_item_views_label_and_published_label_y_m_d_single_digit_month_time_label_with_seconds_one_line_1393_summer_title_lead_subject_label_credit_via_fars_yearless_exam_day_in_body_id_query_1533": (
        "blind41, held out (2026-12-04): measured on 5c7fd1a before any fix: AssertionError: assert {'title': 'آغ...pdated': None} == {'title': 'آغ...pdated': None}"
    ),
    "1401_marjaema_html_news_info_div_span_visits_span_date_1393_6_5_span_time_08_27_52_h1_title_div_lead_div_subject_link_div_body_title_tag_site_dash_title_no_meta_dates": (
        "blind41, held out (2026-12-04): measured on 5c7fd1a before any fix: AssertionError: assert {'title': 'آغ...pdated': None} == {'title': 'آغ...pdated': None}"
    ),
    "1440_inp_net_pk_urdu_agency_xinhua_pakistan_service_item_geoip_city_line_pipe_today_banner_english_month_comma_ordinal_two_digit_year_section_line_title_glued_latest_badge_english_month_day_year_kabul_dateline_1403_in_body": (
        "blind43, held out (2026-12-04): measured on 196ca2f before any fix: AssertionError: assert {'title': 'اف...pdated': None} == {'title': 'Du...pdated': None}"
    ),
    "1443_panahian_cleric_personal_site_post_date_yy_mm_dd_persian_digits_two_digit_year_glued_print_email_pdf_links_kicker_interview_colon_double_space_title_slash_clauses_nbsp_line_rasa_agency_prefix_post_346": (
        "blind43, held out (2026-12-04): measured on 196ca2f before any fix: AssertionError: assert {'title': 'بر...pdated': None} == {'title': 'بر...pdated': None}"
    ),
    "1462_pardisiau_azad_university_branch_dnn_news_detail_tagline_today_banner_weekday_07_esfand_1398_section_heading_bulleted_breadcrumb_item_date_02_esfand_1393_title_colon_slash_body_superscript_alef_for_comma_article_2235": (
        "blind44 (1460-1475, first measured on 7fdd046): AssertionError: assert {'title': 'دک...pdated': None} == {'title': 'وا...pdated': None}"
    ),
    "1480_khabarnegaranvaresane_journalists_guild_wordpress_newsup_post_top_bar_today_banner_abbrev_weekday_persian_comma_26am_khordad_1403_site_name_description_title_reading_time_title_again_arabic_yeh_bullets_no_date_slug_address": (
        "blind45 (1480-1495, first measured on a471a08): AssertionError: assert {'title': 'نو...pdated': None} == {'title': 'نو...pdated': None}"
    ),
    "1513_negah_parsiblog_blog_category_page_one_post_without_title_blog_name_glued_to_post_text_date_line_weekday_two_digit_year_before_month_day_after_double_colons_12_hour_asr_afternoon_author_sidebar_counters": (
        "blind46 (1500-1515, first measured on 2e1ba29): AssertionError: assert {'title': Non...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1530_todaytime_html_prayer_times_page_header_today_div_persian_slash_date_no_zero_pad_h1_city_in_latin_date_label_spaced_colon_12_azar_1403_labels_and_times_in_spans_time_zone_line_explanations_no_meta_dates": (
        "blind47 (1520-1535, first measured on 54bf1db): AssertionError: assert {'title': 'او...pdated': None} == {'title': 'او...pdated': None}"
    ),
    "1532_sru_ac_ir_shahid_rajaee_university_cultural_deputy_wordpress_post_titled_like_a_kicker_ending_colon_slug_counter_105_one_paragraph_meeting_report_yearless_14_aban_glued_day_times_double_full_stop_no_date": (
        "blind47 (1520-1535, first measured on 54bf1db): AssertionError: assert {'title': 'مع...pdated': None} == {'title': Non...pdated': None}; "
        "fix112: the kicker-shaped title the slug spells before its counter is taken with title-uncertain; number 105 "
        "(the slug's counter, the golden's null) still taken, warned"
    ),
    "1542_chekhabare_news_summary_site_leading_blank_line_title_with_year_1404_persian_digit_date_day_month_year_time_glued_to_summary_paragraph_ascii_digits_thousands_comma_weather_warning_content_id_in_address": (
        "blind48 (1540-1555, first measured on 2e3b8e4): AssertionError: assert {'title': 'هش...pdated': None} == {'title': 'هش...pdated': None}"
    ),
    "1545_ershan_stock_market_bourse_social_media_site_tagline_line_title_importance_label_spaced_colon_lone_count_line_kicker_ending_colon_source_paper_colon_subheading_with_year_1393_slash_decimals_no_date_id_60404_in_address": (
        "blind48 (1540-1555, first measured on 2e3b8e4): AssertionError: assert {'title': 'شک...pdated': None} == {'title': 'صن...pdated': None}"
    ),
    "1547_pelacyab_blog_news_prices_item_title_slash_exclamation_lead_with_week_range_14_to_20_aban_1403_section_words_fruit_market_vegetable_market_price_lists_dot_thousands_no_date_line_id_655134_cut": (
        "blind48 (1540-1555, first measured on 2e3b8e4): AssertionError: assert {'title': 'نر...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1581_eghtesadeiranonline_news_site_print_view_one_flat_line_site_name_date_14_ordibehesht_arabic_yeh_1399_saat_time_summer_time_article_url_dashes_onvan_label_title_dashes_lead_matn_label_body_dam_reservoirs_vdc_key_no_numeric_id": (
        "blind50 (1580-1595, first measured on 1a8b613): AssertionError: assert {'title': 'ذخ...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1583_vaghayenews_news_site_wordpress_dam_levels_title_glued_to_lead_after_full_stop_no_space_line_twice_relay_isna_yearless_hashtom_farvardin_double_space_before_dash_cut_mid_word_no_date_slug_address": (
        "blind50 (1580-1595, first measured on 1a8b613): AssertionError: assert {'title': '۳۱...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1606_tajnews_org_tajik_news_site_newspaper_theme_donate_buttons_weather_widget_4_c_london_sections_word_breadcrumb_home_russian_section_glued_truncated_title_ellipsis_indented_title_contest_winners_bullets_event_day_17_january_2025_no_date_slug": (
        "blind51 (1600-1615, first measured on 6bea427): AssertionError: assert {'title': 'Ғо...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1607_safir_af_afghan_pashto_news_site_section_word_culture_and_education_title_with_spelling_variants_two_paragraphs_herat_style_heritage_repair_no_printed_date_gregorian_day_2024_03_20_in_address": (
        "blind51 (1600-1615, first measured on 6bea427): AssertionError: assert {'title': 'په...pdated': None} == {'title': 'کل...pdated': None}"
    ),
    "1608_ashkezarnews_yazd_county_news_site_tag_page_kashida_tag_one_teaser_bullet_kicker_organisation_indented_title_with_kashida_stretch_indented_lead_arabic_yeh_no_heading_no_dates_no_ids": (
        "blind51 (1600-1615, first measured on 6bea427): AssertionError: assert {'title': Non...pdated': None} == {'title': 'نه...pdated': None}"
    ),
    "1610_takfars_news_site_wordpress_body_only_three_paragraphs_then_breadcrumb_site_today_news_title_with_date_8_esfand_1394_in_headline_misspelt_word_no_printed_date_slug_with_date": (
        "blind51 (1600-1615, first measured on 6bea427): AssertionError: assert {'title': '۸ ...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1629_ghatatnews_car_parts_news_site_tag_page_one_teaser_title_no_list_heading_relay_guillemet_site_name_colon_road_closures_flood_cut_mid_sentence_no_dates_no_ids": (
        "blind52 (1620-1631, first measured on 32f2e7e): AssertionError: assert {'title': Non...pdated': None} == {'title': 'اع...pdated': None}"
    ),
    "1641_sedayeborkhar_borkhar_local_news_wordpress_excerpt_with_bracket_ellipsis_then_body_relay_glued_semicolon_persian_digits_arabic_decimal_comma_then_title_ascii_digits_slash_double_spaces_repeated_with_dot_lines_cut_no_date": (
        "blind53: AssertionError: assert {'title': 'در...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1646_asrehamoon_sistan_news_site_print_view_one_line_site_name_date_arabic_yeh_ordibehesht_1402_saat_url_with_id_160641_dashes_kicker_colon_title_label_onvan_dashes_lead_matn_label_body": (
        "blind53: AssertionError: assert {'title': 'مح...pdated': None} == {'title': Non...pdated': None}"
    ),
    "1647_asrehamoon_html_print_view_xhtml_table_site_name_td_date_arabic_yeh_ordibehesht_1402_td_url_link_id_160641_hr_rutitr_kicker_title_label_onvan_lead_matn_label_paragraphs_window_print_no_meta_dates": (
        "blind53: AssertionError: assert {'title': 'مح...pdated': None} == {'title': 'مح...pdated': None}"
    ),
    "1650_gulobod_tongi_uz_samarkand_district_paper_tajik_edition_section_list_page_uzbek_cyrillic_masthead_section_name_jamiyat_caps_teaser_titles_dd_mm_yyyy_hh_mm_dates_couplets_space_lines_cut": (
        "blind53: AssertionError: assert {'title': 'Ҷа...pdated': None} == {'title': 'ОБ...pdated': None}"
    ),
    "1691_kharidcharge_top_up_shop_blog_tag_page_list_no_tag_heading_item_label_line_title_excerpt_with_jalali_day_aban_1398_fuel_prices_ellipsis_second_item_label_title_excerpt_no_dates_no_ids": (
        "blind55: AssertionError: assert {'title': Non...pdated': None} == {'title': 'سه...pdated': None}"
    ),
    "1700_sobheqazvin_qazvin_daily_photo_album_hijri_lunar_slash_date_rabi_al_akhar_1443_dash_line_today_yyyy_mm_dd_weekday_after_item_date_1399_04_16_time_no_label_title_caption_wheat_harvest_album_id_1501": (
        "blind56: AssertionError: assert {'title': 'آغ...pdated': None} == {'title': 'آغ...pdated': None}"
    ),
    "1711_yarikurd_kurdish_site_ku_section_persian_post_site_name_with_kurdish_ae_first_line_excerpt_paragraph_then_question_title_line_after_it_glued_words_kurdish_ae_byline_likes_dislikes_no_date_slug": (
        "blind56: AssertionError: assert {'title': 'مر...pdated': None} == {'title': 'یا...pdated': None}"
    ),
    "1741_abcic_trade_portal_press_clipping_arabic_yeh_title_first_published_label_spaced_colon_1401_09_28_donya_e_eqtesad_prefix_lead_kicker_title_again_issue_number_print_date_news_number_persian_digits_id_10908": (
        "blind58: AssertionError: assert {'title': 'گر...pdated': None} == {'title': 'گر...pdated': None}"
    ),
    "1742_eghtesadnamehiranian_economic_weekly_print_view_printcontent_kicker_first_then_lead_then_headline_after_lead_body_cut_no_date_id_55935": (
        "blind58: AssertionError: assert {'title': 'نی...pdated': None} == {'title': 'گز...pdated': None}"
    ),
    "1746_eghtesadnamehiranian_html_print_view_div_rutitr_kicker_div_lead_h2_headline_after_lead_div_body_paragraphs_window_print_no_meta_dates_id_55935": (
        "blind58: AssertionError: assert {'title': 'نی...pdated': None} == {'title': 'گز...pdated': None}"
    ),
    "1766_jeebnews_wordpress_news_site_tag_page_tasmim_giri_no_list_name_in_text_single_post_published_label_weekday_3_azar_1397_time_code_label_9404_title_twice_teaser_cut_then_full_body_relay_tasnim": (
        "blind59: AssertionError: assert {'title': Non...pdated': None} == {'title': 'تص...pdated': None}"
    ),
    "1882_qmrw_qom_regional_water_company_today_banner_weekday_comma_3_bahman_1397_short_label_then_title_summary_and_body_with_two_digit_year_event_days_96_05_05_and_96_05_07_clock_8_sobh_source_line_no_item_date_sid_334": (
        "blind65: number missing (the item is the query's sid=334; id=118 is its section)"
    ),
    "1932_nignandiarekohan_parsiblog_village_blog_ad_order_label_saba_vision_blog_name_nazar_label_no_post_title_unpunctuated_paragraphs_no_date_posts_787": (
        "blind67: title warned since fix174, the blog's name «نیگنان دیارکهن» under the «سفارش تبلیغ» / «صبا ویژن» ad box (title-uncertain) on a Parsiblog post that prints no title"
    ),
    "1988_parvaresh50_blogfa_provincial_education_office_blog_home_name_tagline_trailing_space_template_credit_untitled_posts_arabic_yeh_kaf_mixed_guillemets_no_date": (
        "blind70: with its address: title warned (fix185: a home address's first two lines are "
        "doubted): 'اخبار، عکس و رویدادهای پرورشی استان مرکزی' (golden None)"
    ),
    "1992_ttaxicast_municipal_taxi_organisation_regulation_page_three_line_centred_heading_leading_spaces_arabic_yeh_in_two_words_school_year_97_96_not_a_date_no_body_no_date_no_id": (
        "blind70: with its address: title warned: 'دستورالعمل اجرایی صدور کارت فعالیت رانندگان سرویس مدارس' (golden 'دستورالعمل اجرایی صدور کارت فعالیت رانندگان سرویس مدارس توسط شرکتهای خصوصی تاکسيرانی سال تحصيلی 97-96')"
    ),
    "1993_ttaxicast_html_page_title_is_section_name_centred_p_strong_heading_three_lines_br_indented_arabic_yeh_school_year_97_96_no_h1_no_date_no_meta": (
        "blind70: with its address: title warned: 'سال تحصيلی 97-96' (golden 'دستورالعمل اجرایی صدور کارت فعالیت رانندگان سرویس مدارس توسط شرکتهای خصوصی تاکسيرانی سال تحصيلی 97-96')"
    ),
    "2014_vakildan_legal_advice_site_explainer_title_twice_numbered_and_bulleted_types_sample_court_summons_date_14_08_91_time_9_sobh_not_publication_consult_links_address_line_no_date_slug": (
        "blind71: with its address: published warned: '2012-11-04T09:00+03:30' (golden None)"
    ),
    "2015_mirwaisbalkhi_persianblog_afghan_dari_blog_tag_page_bilingual_blog_name_tagline_author_dash_mixed_arabic_indic_persian_digit_date_post_title_subtitle_lone_space_lines_no_tag_name": (
        "blind71: with its address: title warned: 'فرصت ها و چالش های آن برای ولایات غربی افغانستان' (golden None)"
    ),
    "2016_mirwaisbalkhi_html_persianblog_tag_page_title_blog_name_only_header_h1_blog_name_post_info_mixed_digit_date_h2_post_link_centred_subtitle_nbsp_no_meta_no_tag_heading": (
        "blind71: with its address: title warned: 'فرصت ها و چالش های آن برای ولایات غربی افغانستان' (golden None); fix188: the h1 linking home is the blog's name"
    ),
    "2018_samanealborz_alborz_news_wordpress_stored_text_opens_with_lead_sentence_glued_words_no_headline_slug_headline_differs_comment_invite_no_date_slug_only": (
        "blind71: with its address: title warned: 'رحمانی فرماندارچهارباغ درحضور دکتر صالحی معاون استاندار البرز ضمن بیان مشکلات حوزه آموزش وپرورش خواستار احداث هنرستان فنی دخترانه چهارباغ گردید' (golden None; fix188 doubts it)"
    ),
    "2020_hezbollahnews_news_label_glued_to_arabic_yeh_weekday_tarikh_enteshar_1395_shahrivar_30_last_dst_day_time_11_45_agency_prefixed_lead_above_code_matlab_then_headline_vdc_address": (
        "blind72: with its address: title warned: 'plusresetminus' (golden 'طرح ترافیکی بازگشایی مدارس از فردا اجرا میشود')"
    ),
    "2093_sputnik_tj_mobile_russian_language_tajik_bureau_other_item_caption_first_headline_bare_views_figure_updated_parenthesised_time_dd_mm_yyyy_dateline_dushanbe_day_abbreviated_month_no_year_id_in_dated_path": (
        "blind75 (published right after fix207): {'title': 'Переход на электронные квитанции за электроэнергию избавит горожан от очередей в расчетных центрах, считают экономист Фаридун Назаров и руководитель общественного объединения потребителей Мадина Рахимова'} (golden {'title': 'Мнение: электронные квитанции за свет сэкономят время жителей Душанбе'}); {'updated': None} (golden {'updated': '2020-03-12T10:40+05:00'})"
    ),
    "2130_vh_fums_hospital_joomla_news_item_site_name_image_alt_filename_latest_news_labels_stored_text_opens_with_slogan_line_no_headline_event_day_and_historic_lunar_year_no_date_article_id_1753_in_path": (
        "blind78 (measured before any fix for it, code 2e2e268c): {'title': 'مشاهده کلیه اخبار'} (golden {'title': None}); fix218: the link and the image's file name are never titles, the hospital's name over them is taken, doubted as a name alone"
    ),
    "2192_bamdaad_afghan_joomla_culture_essay_title_with_glued_digit_solar_month_and_zodiac_month_equal_to_gregorian_day_event_date_subtitle_nabeshte_byline_guillemets_space_lines_verses_no_date_joomla_date_alias": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'از این باد ار مدد خواهی چراغ دل برافروزی'} (golden {'title': '۱حمل ماه (فروردین) برابر به ۲۱ مارچ روز جشن نوروز است'}); fix246: {'published': '2025-03-19'} warned published-from-url (golden null): the Joomla alias day, read past its .html suffix by the documented alias rule that 1200/1201 and 2344/2345's goldens follow; the goldens disagree, left to the lead"
    ),
    "2194_hadi_khansari_iran_sc_poet_blog_static_page_ad_close_glued_page_title_blog_name_tagline_verse_arabic_yeh_repost_notice_source_url_interview_heading_byline_afghan_month_qaws_1392_persian_digits_q_and_a": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'س: غزل امروز چه تفاوتی با غزل گذشتگان دارد؟'} (golden {'title': 'مصاحبه با سایت سیمرغ'}); fix227: the «س:» question is never a title; the reposted interview's heading is taken, doubted under its «منبع :» notice"
    ),
    "2195_hadi_khansari_iran_sc_html_blog_page_title_page_dash_blog_name_ads_bar_close_link_h1_page_title_header_blog_name_desc_verse_br_source_link_h2_interview_heading_byline_qaws_date_no_date_meta": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'س: غزل امروز چه تفاوتی با غزل گذشتگان دارد؟'} (golden {'title': 'مصاحبه با سایت سیمرغ'}); fix227: the «س:» question is never a title; the reposted interview's heading is taken, doubted under its «منبع :» notice"
    ),
    "2196_afnam_supreme_council_cultural_revolution_resolution_page_title_then_session_number_pipe_dated_1369_and_resolution_number_slash_letters_pipe_dated_lines_preamble_curly_quoted_text_no_publication_date_slug_address": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'published': '1990-07-10'} (golden {'published': None})"
    ),
    "2197_afnam_html_wordpress_page_title_headline_dash_site_name_h1_entry_title_p_session_and_resolution_lines_pipe_strong_labels_curly_quotes_no_date_meta_no_time_element_slug_address": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'published': '1990-07-10'} (golden {'published': None})"
    ),
    "2199_bamdad_blogspot_2002_old_blogger_month_archive_posts_with_us_month_slash_day_slash_year_date_lines_titles_glued_to_colon_and_exclamations_arabic_yeh_no_single_article": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'published': '2002-10-14'} (golden {'published': None})"
    ),
    "2202_uast13_applied_science_university_centre_joomla_student_project_page_today_stamp_weekday_latin_comma_padded_day_month_year_first_title_with_parenthesis_indented_labels_arabic_yeh_kaf_no_publication_date_id_alias": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'پروژه کاربینی'} (golden {'title': 'آتشنشانی (ایمنی شهری)'}); fix227: the «عنوان :» row under the page's own headline is doubted (the text's headline rule still takes it)"
    ),
    "2204_farhangiran_joomla10_culture_site_note_of_the_day_latin_site_name_space_lines_menu_breadcrumb_arrow_words_title_with_print_email_labels_author_line_trailing_spaces_padded_persian_date_no_time_image_alt_glued_to_body": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'پر بیننده ترین ها'} (golden {'title': 'تابلوی فروشگاه ها، به کدام زبان باید نوشت ؟'}); {'number': None} (golden {'number': '8745'}); fix227: the number 8745 is read (Joomla 1.0's /content/view/); the title stays the box heading, warned"
    ),
    "2205_farhangiran_html_joomla10_table_layout_title_site_name_dash_headline_meta_title_pathway_arrow_images_contentheading_print_email_buttons_span_small_author_td_createdate_padded_persian_date_no_time_item_id_in_content_view_path": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'پر بیننده ترین ها'} (golden {'title': 'تابلوی فروشگاه ها، به کدام زبان باید نوشت ؟'}); {'number': None} (golden {'number': '8745'}); fix227: the number 8745 is read (Joomla 1.0's /content/view/); the title stays the box heading, warned"
    ),
    "2206_booghiran_tebyan_travel_blog_post_sidebar_first_blog_intro_labels_visit_post_comment_counters_rss_template_designer_blog_name_with_kashidas_post_title_arabic_yeh_no_date_post_id_in_path": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'آمار وبلاگ'} (golden {'title': 'ايلام'}); fix227: «آمار وبلاگ» is chrome; the tatweel-drawn blog name is taken, doubted"
    ),
    "2207_sohrabkhoshtinat_blog_ir_travel_blog_post_blog_name_tagline_sidebar_labels_title_with_unbalanced_parentheses_and_two_digit_year_month_short_post_thanks_line_next_post_text_untitled_verse_no_printed_date_jalali_date_in_path": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'title': 'به امید خواندن سفر نامه این سفر بزودی'} (golden {'title': 'سفر به استان کردستان(دیداری با مردمی مهمان نواز در دل کوه های زاگرس (مهر ۹۳)'}); {'published': '2015-10-31'} (golden {'published': None}); fix227: the wish under its thanks line is doubted"
    ),
    "2208_sohrabkhoshtinat_blog_ir_html_title_post_double_colon_blog_name_og_type_article_no_published_time_h1_blog_name_desc_sidebar_h3_labels_h2_post_title_unbalanced_parentheses_second_post_block_no_date_element_jalali_date_in_path": (
        "blind81 (measured before any fix for it, code 773d5ffe): {'published': '2015-10-31'} (golden {'published': None})"
    ),
    "2214_edu_iki_seminary_institute_graduate_office_drupal_node_notice_attention_title_print_version_link_line_approval_date_day_slash_month_slash_year_in_parentheses_office_signature_trailing_spaces_web_address_line_no_date_node_id": (
        "blind82 (measured before any fix for it, code 7bd706c6): {'title': None} (golden {'title': 'قابل توجه دانش پژوهان محترم مقطع دکتری'})"
    ),
    "2227_bahramabedini_photographer_joomla_k2_tag_page_english_weekday_day_month_year_time_line_before_each_item_persian_titles_published_in_photostream_lines_no_tag_name_printed_list_no_single_article": (
        "blind82 (measured before any fix for it, code 7bd706c6): {'title': 'قلعه رودخان'} (golden {'title': None})"
    ),
    "2232_blogfa_afghan_dialect_blog_month_archive_page_blog_name_missing_space_space_before_exclamation_tagline_one_post_title_label_colon_arabic_yeh_kaf_double_space_nbsp_line_story_title_dialect_text_no_date_archive_code_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'اگربه یاد جاغوری افتادی !'} (golden {'title': 'دوبیتی های جاغوری'}); {'number': '9102'} (golden {'number': None})"
    ),
    "2233_blogfa_html_old_template_table_layout_title_blog_name_div_header_h1_blog_name_tagline_div_post_h2_post_title_body_arabic_yeh_kaf_no_post_footer_no_date_meta_month_archive_code_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': None} (golden {'title': 'دوبیتی های جاغوری'}); {'number': '9102'} (golden {'number': None})"
    ),
    "2236_ccns_university_conference_static_page_sidebar_map_link_line_breadcrumb_greater_than_dot_colon_heading_schedule_subheading_numbered_deadlines_day_glued_to_month_name_double_space_after_number_no_date_rid_query": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': None} (golden {'title': 'تاریخ های مهم'})"
    ),
    "2237_sibmag_wordpress_magazine_post_stored_text_rating_widget_lines_first_no_headline_one_paragraph_sentences_glued_at_full_stop_letter_number_with_year_and_glued_day_month_this_year_no_date_post_id_in_path": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'Click to rate this post!'} (golden {'title': None})"
    ),
    "2240_ireconomy_newspaper_page_view_section_label_first_then_two_short_items_title_line_paragraph_second_title_split_over_two_lines_quoted_banners_glued_sentences_arabic_indic_digit_in_ascii_text_year_1402_in_body_no_date_list": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'اعتراض بازنشستگان به تأخیر در همسان سازی حقوق'} (golden {'title': None})"
    ),
    "2241_ishistory_scientific_association_old_cms_content_page_ticker_line_site_name_section_name_glued_with_print_and_rss_links_bullet_content_title_weekday_day_month_year_saat_time_summer_1389_lead_repeated_as_body_start_id_query": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'فراخوانی ...'} (golden {'title': 'تاریخچه انجمن'})"
    ),
    "2242_ishistory_html_old_cms_table_layout_marquee_ticker_header_site_name_section_bar_with_print_rss_links_ul_li_content_title_div_date_weekday_saat_summer_1389_div_lead_div_body_no_meta_dates_content_id_query": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'انجمن ایرانی تاریخ'} (golden {'title': 'تاریخچه انجمن'})"
    ),
    "2246_roomaco_site_directory_listing_page_label_lines_site_title_label_name_description_label_name_again_long_description_commas_glued_years_count_in_text_no_date_listing_slug": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': 'توضیحات سایت یا شبکه اجتماعی'} (golden {'title': 'سایت انجمن علمی تاریخ'})"
    ),
    "2247_biblog_wordpress_repost_of_agency_item_headline_glued_to_first_sentence_without_space_weekday_only_event_day_in_words_month_this_year_agency_codes_slash_line_reporter_publisher_stars_end_mark_reply_prompt_no_date_slug_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): {'title': None} (golden {'title': 'کرمان میزبان مسابقات گلبال نابینایان کشور شد'})"
    ),
    "2252_hhaa2_mihanblog_post_page_time_only_with_qaf_zah_then_lone_post_number_line_then_greeting_title_with_space_before_full_stop_double_parentheses_verse_lines_no_date_post_id_in_path": (
        "blind84 (measured before any fix for it, code b063cbb6): {'title': None} (golden {'title': 'سالروز ولادت حضرت فاطمه زهرا ((سلام الله علیها)) و روز مادر مبارک باد .'})"
    ),
    "2255_samalaw_legal_services_institute_law_text_page_today_weekday_date_banner_first_latin_site_name_quoted_advert_line_title_twice_parenthesis_glued_to_word_dash_kashida_article_lines_numbered_items_no_date_id_in_path": (
        "blind84 (measured before any fix for it, code b063cbb6): {'number': None} (golden {'number': '2138'})"
    ),
    "2256_samalaw_html_joomla_like_law_portal_header_span_today_date_site_name_marquee_advert_h1_item_title_h2_repeated_title_chapter_line_article_paragraphs_no_meta_dates_no_time_element_id_in_path": (
        "blind84 (measured before any fix for it, code b063cbb6): {'number': None} (golden {'number': '2138'})"
    ),
    "2257_abbasnemati_blog_ir_poet_post_stored_text_no_title_greeting_line_between_sparkle_emojis_flower_emoji_verse_lines_refrain_between_sparkles_signature_name_last_no_date_slug_address": (
        "blind84 (measured before any fix for it, code b063cbb6): {'title': 'شهر قم از نور کریمه روشن است'} (golden {'title': None}); after fix248 the verse the slug spells is doubted (title-uncertain)"
    ),
    "2263_emam8_eulogy_poetry_site_article_today_banner_bullet_weekday_day_month_two_digit_year_poet_name_title_with_parenthesised_hadith_views_and_count_lines_bulleted_weekday_day_month_year_saat_time_posted_by_summer_1397_article_id": (
        "blind84 (measured before any fix for it, code b063cbb6): {'published': '2025-05-31'} (golden {'published': '2018-08-14T18:05+04:30'}); {'title': 'حسن لطفی'} (golden {'title': 'شعر ولادت امام رضا(ع) طبق روایت شریف زیارت آن حضرت -(هرکه زائرم شود سه جا به دیدنش می آیم )'}); after fix248 the title is right (the slug spells it), the today banner still taken, warned"
    ),
    "2268_hamiyanekeshavarzi_wordpress_farmers_supporters_site_post_stored_text_excerpt_paragraph_of_joined_verses_then_verse_lines_shortlink_line_gregorian_today_line_weekday_day_month_space_comma_year_jalali_date_path_1398_03_15": (
        "blind84 (measured before any fix for it, code b063cbb6): {'number': None} (golden {'number': '7012'}); {'published': '2024-12-08'} (golden {'published': '2019-06-05'}); after fix236 the date is right, the number still missing"
    ),
    "2272_pvesal_content_cid_page_stored_text_date_first_arabic_indic_digits_with_persian_five_1398_12_15_no_time_lead_sentence_then_short_title_line_saying_then_greeting_line_comments_label_cid_in_path": (
        "blind85 (measured before any fix for it, code b063cbb6): {'title': None} (golden {'title': 'سایه فردا'})"
    ),
    "2274_begoonah_wordpress_post_stored_text_no_headline_childhood_line_verse_lines_paragraph_glued_sentence_signoff_weekday_day_month_two_digit_year_98_then_channel_links_gregorian_date_path_2020_03_05": (
        "blind85 (measured before any fix for it, code b063cbb6): {'title': 'دلم از سایه ی او آرام شد'} (golden {'title': None})"
    ),
    "2275_vch_qums_medical_university_vice_chancellery_portal_news_section_label_title_line_unpadded_slashed_date_then_weekday_1399_2_4_no_time_body_with_event_dates_and_gregorian_year_item_id_last_path_number": (
        "blind85 (measured before any fix for it, code b063cbb6): {'number': None} (golden {'number': '731208'})"
    ),
    "2276_vch_qums_html_portal_home_news_page_title_portal_name_pipe_title_div_section_header_h1_title_span_date_unpadded_slashed_then_weekday_no_time_div_body_event_dates_no_meta_dates_item_id_last_path_number": (
        "blind85 (measured before any fix for it, code b063cbb6): {'number': None} (golden {'number': '731208'})"
    ),
    "2279_hk2karaj_blogfa_category_page_one_post_template_lines_board_name_twice_ad_line_neveshte_shode_dar_tarikh_weekday_day_in_words_month_year_by_name_above_title_no_time_title_wrapped_over_two_lines_dd_mm_yy_event_dates_arabic_yeh_kaf": (
        "blind85 (measured before any fix for it, code b063cbb6): {'title': 'كوهنوردان كارگر استان در ارتفاعات ديزين'} (golden {'title': None})"
    ),
    "2283_ghajer_wordpress_village_site_day_archive_gregorian_date_path_2016_03_05_one_item_title_with_curly_quote_and_four_dot_ellipsis_excerpt_in_guillemets_cut_mid_sentence_read_more_label": (
        "blind85 (measured before any fix for it, code b063cbb6): {'title': '۱۵ اسفند ‘ هفته منابع طبیعی گرامی باد….'} (golden {'title': None}); {'published': '2016-03-05'} (golden {'published': None})"
    ),
    "2284_shamimadab3_blogfa_literature_blog_archive_page_stored_text_no_post_title_couplet_with_space_runs_and_indented_second_hemistich_prose_lines_broken_hadith_arabic_yeh_proverbs_heading_zero_bullets_no_date_archive_path": (
        "blind85 (measured before any fix for it, code b063cbb6): {'title': 'به پیشواز نوروز می روند و این رسم کهن را از نسل های پیش به یادگار دارند'} (golden {'title': None}); {'published': '2010-03-22'} (golden {'published': None}); after fix237 the title is right (None), the address's archive path still read as the published day, warned"
    ),
    "2290_tehranclimbing_club_news_article_stored_text_headline_with_dash_and_bulletin_number_glued_two_digit_year_slashed_date_image_path_line_body_today_weekday_day_in_words_date_embedding_article_id": (
        "blind86 (measured before any fix for it, code ec471dd1): {'published': None} (golden {'published': '2016-02-01'})"
    ),
    "2291_tehranclimbing_club_html_aspnet_cms_article_page_title_site_name_dash_headline_h1_headline_with_bulletin_date_img_content_files_div_body_no_meta_dates_no_time_element_date_embedding_article_id": (
        "blind86 (measured before any fix for it, code ec471dd1): {'published': None} (golden {'published': '2016-02-01'})"
    ),
    "2292_zanjanmount_wordpress_climb_diary_stored_text_random_quote_widget_line_first_title_basmala_nbsp_line_onvan_label_colon_glued_title_repeat_weekday_then_dd_m_yy_slashed_day_headings_summer_1395_no_publication_date_cut_slug": (
        "blind86 (measured before any fix for it, code ec471dd1): {'published': '2016-08-12'} (golden {'published': None})"
    ),
    "2293_zanjanmount_html_wordpress_single_post_title_post_title_en_dash_site_name_header_random_quote_div_h1_entry_title_p_onvan_label_strong_weekday_dd_m_yy_day_headings_no_date_meta_no_time_element_postid_class_only": (
        "blind86 (measured before any fix for it, code ec471dd1): {'published': '2016-08-12'} (golden {'published': None})"
    ),
    "2299_alpclub_mountaineering_club_report_stored_text_markdown_table_label_pipe_value_rows_holding_date_day_month_year_arabic_yeh_kaf_names_section_headings_cut_last_word_no_headline_no_publication_date_id_last_in_path": (
        "blind86 (measured before any fix for it, code ec471dd1): {'title': 'شرح گزارش برنامه'} (golden {'title': None}); {'number': None} (golden {'number': '57'})"
    ),
    "2301_tirangnews_wordpress_tag_page_four_editorials_title_then_day_abbreviated_three_letter_month_year_line_rotitr_title_again_excerpt_no_article_list_page": (
        "blind86 (measured before any fix for it, code ec471dd1): {'title': 'کمبود آب، سهم ما از بی تدبیری'} (golden {'title': None})"
    ),
    "2317_jaberakbari_wordpress_personal_blog_post_stored_text_greeting_line_glued_between_decorative_words_no_title_gregorian_year_and_month_day_equal_jalali_day_1340_history_see_here_link_line_no_post_date_slug": (
        "blind87 (measured before any fix for it, code bd74168b): {'title': 'گلروز جهانی کودک بر همه ی کودکان سرزمینم مبارکگل'} (golden {'title': None})"
    ),
    "2318_mapleleaf_blogfa_canada_news_blog_category_page_stored_text_five_items_persian_title_indented_english_summary_source_line_newspaper_name_blank_line_runs_no_dates_list_page": (
        "blind87 (measured before any fix for it, code bd74168b): {'title': 'ادامه بارش برف سنگین در استان آلبرتا'} (golden {'title': None})"
    ),
    "2330_danakhabar_science_news_site_stored_text_slogan_banner_line_kod_khabar_persian_digits_tarikh_enteshar_zero_padded_day_month_year_dash_time_1392_07_02_lead_first_no_headline_send_comment": (
        "blind88 (measured before any fix for it, code bfb11709): {'title': 'در عصر دانایی با دانا خبر دانایی؛ توانایی است دانا خبر گزارشگر هر تحول علمی در ایران و جهان دانایی کلید موفقیت در هزاره سوم'} (golden {'title': None})"
    ),
    "2337_aseman_alborz_mountaineering_group_wp_programme_report_stored_text_title_bullet_event_date_label_spaced_colon_slashed_1400_06_12_basmala_arabic_yeh_kaf_arabic_indic_heights_dd_mm_yyyy_event_no_publication_date_slug": (
        "blind88 (measured before any fix for it, code bfb11709): {'title': 'زمان شروع برنامه: ٤:٣٠ صبح،'} (golden {'title': 'گزارش برنامه قله آزادکوه'})"
    ),
    "2338_ovrazclub_mahabad_mountaineering_centre_wp_post_stored_text_category_line_comma_title_curly_quotes_two_digit_year_title_variant_field_lines_spaced_colon_departure_weekday_hour_movarekh_slashed_1388_no_publication_date_english_slug": (
        "blind88 (measured before any fix for it, code bfb11709): {'title': 'وسیله ایاب وذهاب : یکدستگاه مینی بوس بصورت دربستی برانندگی آقای صابر رسولی'} (golden {'title': 'گزارش صعود تیم کانون کوهنوردان اوراز مهاباد به بام آذربایجان ” قله سبلان ” سال 88'})"
    ),
    "2339_negaahno_herat_dari_news_site_stored_text_tag_like_short_heading_then_title_agency_name_underscore_glued_lead_weekday_in_body_spaced_plural_no_date_slug_in_category_path": (
        "blind88 (measured before any fix for it, code bfb11709): {'title': 'نان خشک در هرات'} (golden {'title': 'کمپاین جمع آوری نان خشک برای مالداران فردا در هرات آغاز میشود'})"
    ),
    "2352_zanerouz_women_magazine_news_cms_stored_text_kod_khabar_persian_digits_tarikh_enteshar_arabic_yeh_shahrivar_1398_dash_time_summer_junk_two_letter_kicker_lead_line_breadcrumb_author_no_headline": (
        "blind89 (measured before any fix for it, code 094c7e77): {'title': 'روایتی از زنانی که کارگاه کوچک خانگی را به کسب\\u200cوکار محله رساندند'} (golden {'title': None}); after fix250 the title is warned (title-uncertain: the line over the home breadcrumb)"
    ),
    "2360_iranmir_sistan_culture_site_wp_tag_page_list_five_items_title_then_title_repeated_with_excerpt_bracketed_ellipsis_poem_credits_no_tag_name_no_dates": (
        "blind89 (measured before any fix for it, code 094c7e77): {'title': 'نی\\u200cزار: سروده ای از علی\\u200cاکبر شهرکی (سیستانی)'} (golden {'title': None})"
    ),
    "2362_pirebad_blogfa_village_blog_home_page_welcome_line_about_box_posts_weekday_ordinal_word_day_month_year_double_colon_time_author_lines_1393_list_page": (
        "blind89 (measured before any fix for it, code 094c7e77): {'title': 'به وبلاک روستای زیبا و کوهستانی درازنو خوش آمدید . استفاده از مطالب وبلاک با ذکر منبع بلامانع است . مدیریت وبلاک'} (golden {'title': None}); {'published': '2015-01-27T19:05+03:30'} (golden {'published': None}); after fix250 the title is right (None), the first post's signature still taken as published, warned"
    ),
    "2367_jomhouriat_wp_tag_page_one_post_stored_text_page_title_pipe_site_today_banner_three_calendars_weekday_comma_spaced_comma_1400_hijri_gregorian_tag_name_glued_day_month_box_title_twice_excerpt": (
        "blind89 (measured before any fix for it, code 094c7e77): {'published': '2021-10-04'} (golden {'published': None}), warned: "
        "the three-calendar today banner's day; the title, the tag's name, is right since the lead set the golden to the corpus's "
        "convention for tag pages printing their name (255, 524, 1202)"
    ),
    "2406_hakimemehr_veterinary_news_cms_stored_text_kod_khabar_persian_digits_first_comment_count_line_subtitle_with_guillemet_names_english_province_tag_line_no_headline_kashida_stretched_words_no_date_id_18245": (
        "blind91 (measured before any fix for it, code 66f26678): {'title': 'تعداد نظرات: ۳ نظر'} (golden {'title': None})"
    ),
    "2410_nedayekhosh_hamedan_local_news_wp_stored_text_summary_box_title_glued_to_lead_cut_with_name_and_bracketed_ellipsis_then_title_lead_body_bakeries_no_printed_date_day_only_in_address_2024_12_10_numeric_last_segment": (
        "blind92 (measured before any fix for it, code e1652b80): {'title': None} (golden {'title': 'عرضه نان کامل در تویسرکان به ۸ نانوایی رسید/ پایش هفتگی کیفیت پخت در واحدهای نانوایی'}); published and number right since fix262 and fix265"
    ),
    "2412_abpooy_consulting_engineers_dam_project_page_stored_text_live_clock_time_with_seconds_weekday_day_month_year_persian_digits_1399_bahman_no_page_title_section_labels_spec_rows_goals_coordinates_with_degree_marks": (
        "blind92 (measured before any fix for it, code e1652b80): {'published': '2021-01-23T10:27+03:30'} (golden {'published': None})"
    ),
    "2426_mellifera_beekeeping_site_tag_page_6_stored_text_tag_name_heading_arabic_yeh_kaf_topics_label_spaced_colon_one_full_item_title_source_label_jam_jam_online_colon_be_gozaresh_gizmag_no_dates": (
        "blind92 (measured before any fix for it, code e1652b80): {'title': None} (golden {'title': 'عكس'})"
    ),
    "2431_shilat_maz_html_aspx_gov_cms_title_site_dash_headline_span_date_time_seconds_then_slashed_date_span_visits_img_alt_headline_no_h1_div_body_arabic_yeh_no_date_meta": (
        "blind93 (measured before any fix for it, code a6a53548): {'title': None} (golden {'title': 'برگزاري دوره آموزشي صيد مسئولانه براي صيادان پره بابلسر'}); {'number': None} (golden {'number': '412'}); fix270 reads the number (/GetNews/<id>/), the title printed only as the photo's alt is still missing"
    ),
    "2437_armaghan_atfal_blogspot_afghan_children_magazine_stored_text_jalali_date_header_year_month_day_comma_weekday_one_day_before_gregorian_timestamp_issue_line_afghan_month_sonbola_slash_gregorian_poem_lines_no_comments": (
        "blind93 (measured before any fix for it, code a6a53548): {'title': None} (golden {'title': 'گنجشک کوچک'}); {'published': None} (golden {'published': '2014-09-03'})"
    ),
    "2455_shafaf_com_news_1391_era_stored_text_title_lead_and_body_glued_in_one_line_spaced_commas_double_exclamation_month_day_ranges_of_saljari_no_printed_date_year_like_1391_segment_in_address": (
        "blind94 (measured before any fix for it, code 3019dc02): {'title': None} (golden {'title': 'افزایش 30 درصدی بهای کاغذ تحریر در بازار چاپ'}); {'number': '1391'} (golden {'number': None}); fix272: the number is warned (number-year-like), the title still missing"
    ),
    "2458_blog_tarh_ir_design_and_printing_blog_tag_page_one_post_stored_text_post_title_with_day_month_excerpt_nbsp_line_comma_tag_list_read_more_no_tag_heading_no_dates": (
        "blind94 (measured before any fix for it, code 3019dc02): {'title': '۱۱ شهریور، روز ملّی صنعت چاپ گرامی باد'} (golden {'title': None})"
    ),
    "2463_tppa_ir_tehran_print_plate_union_announcement_stored_text_basmeh_taali_nbsp_lines_indented_notice_spaced_commas_month_deadline_without_year_right_padded_closing_and_signature_no_heading_no_date_id_in_show_address": (
        "blind94 (measured before any fix for it, code 3019dc02): {'title': 'بسمه تعالی'} (golden {'title': None})"
    ),
    "2475_pakmehr_novinblog_net_carpet_cleaning_blog_post_stored_text_body_only_arabic_yeh_kaf_nbsp_lines_no_title_no_date_post_number_html": (
        "blind95 (measured before any fix for it, code a961fab9): {'title': 'شستن پتو و روتختي از آن كارهايي است كه بيشتر خانم ها آن را تا نزديك عيد عقب مي اندازند چون پتوهاي ضخيم در ماشين لباسشويي خانه جا نمي شوند و خشك كردن آنها در آپارتمان چند روز طول مي كشد'} (golden {'title': None})"
    ),
    "2476_isftour_ir_travel_agency_wp_tag_page_one_post_no_tag_heading_post_title_subheading_en_dash_body_no_dates": (
        "blind95 (measured before any fix for it, code a961fab9): {'title': 'آشنایی با لنج\\u200cهای گردشگری جزیره قشم'} (golden {'title': None})"
    ),
    "2480_middleeast_sugar_com_sugar_company_wp_news_stored_text_title_glued_to_lead_one_line_event_day_month_year_in_body_steps_paragraph_no_date_slug": (
        "blind95 (measured before any fix for it, code a961fab9): {'title': None} (golden {'title': 'بذرکاری چغندر پاییزه، در قند خاورمیانه به پایان رسید'})"
    ),
    "2522_moghoofat_abdulazim_com_shrine_endowments_drupal_node_stored_text_title_shadda_heh_hamza_trailing_spaces_history_paragraphs_qamari_years_no_date_node_id": (
        "blind97 (measured before any fix for it, code 9ac84c26): {'number': '61'} (golden {'number': None})"
    ),
    "2526_shahre_honar_ir_art_news_wp_tag_page_one_post_site_tagline_heading_first_post_title_indented_teaser_ellipsis_read_more_no_tag_name_no_dates": (
        "blind97 (measured before any fix for it, code 9ac84c26): {'title': 'تازه های فرهنگ و هنر'} (golden {'title': None})"
    ),
    "2529_luxurytourstehran_com_tour_agency_aspx_tour_page_stored_text_bullet_id_number_and_agency_name_lines_first_title_twice_sections_question_subheads_nbsp_lines_no_date_query_id": (
        "blind97 (measured before any fix for it, code 9ac84c26): {'number': '12'} (golden {'number': None})"
    ),
    "2540_asadiyeh_ir_county_municipality_wp_stored_text_today_clock_date_time_banner_first_logo_alt_line_year_slogan_line_stray_dot_no_headline_two_paragraphs_english_slug": (
        "blind98 (measured before any fix for it, code 50ff6bb7): {'title': 'لوگوی سایت شهرداری اسدیه'} (golden {'title': None}); {'published': '2024-03-04T09:41+03:30'} (golden {'published': None});"
        " fix290: title right (null, the logo's alt text and the slogan label furniture), the"
        " site's live clock still read as published, warned only by the title's notice"
    ),
    "2568_ccsi_ir_caucasus_studies_text_view_stored_text_one_line_site_name_day_month_year_saat_time_printed_item_address_with_id_dash_rules_title_label_text_label_gregorian_year_in_body_token_address": (
        "blind100 (measured before any fix for it, code 584797d6): {'title': None} (golden {'title': 'افزایش صادرات زردآلوی خشک تاجیکستان'}); {'number': None} (golden {'number': '23518'}); {'published': None} (golden {'published': '2020-11-04T10:42+03:30'})"
    ),
    "2569_ccsi_ir_html_text_view_title_headline_only_noindex_divs_site_name_date_saat_time_link_to_item_address_with_id_dash_rules_title_label_text_label_no_date_meta_token_address": (
        "blind100 (measured before any fix for it, code 584797d6): {'number': None} (golden {'number': '23518'})"
    ),
    "2582_zapas_blogspot_com_persian_humour_blogger_2008_stored_text_body_first_kashida_stretched_line_signoff_then_english_month_abbrev_day_comma_year_then_post_title_subscribe_atom_no_comments_date_path": (
        "blind100 (measured before any fix for it, code 584797d6): {'title': None} (golden {'title': 'نوروز هشتاد و هفت'})"
    ),
    "2587_vareshnews_ir_county_news_stored_text_today_banner_weekday_day_month_year_dash_time_first_service_label_time_label_slashed_persian_date_dash_time_id_label_title_glued_to_lead_comment_form_id_address": (
        "blind100 (measured before any fix for it, code 584797d6): {'title': None} (golden {'title': 'آغاز برداشت مرکبات پیش\\u200cرس از باغ\\u200cهای شهرستان سیمرغ'})"
    ),
    "2661_kishawarzi_blogspot_com_afghan_agriculture_notes_blogger_weekly_archive_one_post_stored_text_date_header_day_month_year_1388_title_dedication_chapter_heading_numbered_list_arabic_yeh": (
        "blind104 (measured before any fix for it, code 25d2310d): {'title': None} (golden {'title': 'پرورش کرم ابریشم'})"
    ),
    "2672_garrushoney_ir_honey_shop_wordpress_blog_stored_text_today_banner_weekday_spaced_comma_persian_digits_category_label_above_and_below_headline_no_post_date_slug_address": (
        "blind105 (measured before any fix for it, code 25d2310d): {'title': 'آموزش زنبورداری'} (golden {'title': 'تغذیه پاییزه زنبور عسل؛ چه زمانی و با چه شربتی؟'}); {'published': '2023-10-15'} (golden {'published': None})"
    ),
    "2674_darioush_shahbazi_com_tehran_historian_personal_site_joomla_1_0_stored_text_today_banner_weekday_comma_day_month_year_title_share_label_title_again_verse_no_article_date_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): {'published': '2024-04-29'} (golden {'published': None})"
    ),
    "2675_darioush_shahbazi_com_html_joomla_1_0_xhtml_div_date_today_banner_td_contentheading_share_links_h2_title_again_no_createdate_no_date_meta_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): {'published': '2024-04-29'} (golden {'published': None})"
    ),
    "2685_niyayesh13_persianblog_ir_teacher_blog_new_persianblog_post_stored_text_title_short_lines_double_dots_trailing_spaces_comment_and_view_counts_footer_no_date_hash_id_and_mojibake_slug_address": (
        "blind105 (measured before any fix for it, code 25d2310d): {'title': 'امروز آخرین روز مدرسه بود..و کلاس ما بوی کتاب\\u200cهای کهنه و مدادتراش\\u200cهای خالی می\\u200cداد'} (golden {'title': 'آخرین روز کلاس اول'})"
    ),
    "2698_sazandegi_ir_newspaper_site_tag_page_one_item_stored_text_shenase_khabar_persian_digits_above_item_title_semicolon_slash_subtitle_excerpt_latest_label_no_tag_name_no_date_tags_id_address": (
        "blind106 (measured before any fix for it, code 25d2310d): {'number': '612'} (golden {'number': None})"
    ),
}
# Pages where a value differs from the golden one without a warning (strict xfail as well);
# a wrong title needs the title-uncertain warning, any warning covers the other fields.
SILENT_WRONG: dict[str, str] = {
    # Blind batch 500-537:
    # Second blind batch 540-577:
    # Third blind batch 580-609:
    # fourth blind batch 610-649:
    # fifth blind batch 650-689:
    # sixth blind batch 690-729:
    # seventh blind batch 730-769:
    # eighth blind batch 770-799 (measured before any fix for it, on 2168f81, code 47149ca):
    # ninth blind batch 800-839 (measured before any fix for it, on 10f8380, code 931772a):
    # tenth blind batch 840-859 (measured before any fix for it, on 6f5b2b6, code 10faf9f):
    # eleventh blind batch 860-879 (measured before any fix for it, code 302b2af):
    # twelfth blind batch 880-899 (measured before any fix for it, code c9b960e):
    # thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef):
    # fourteenth blind batch 920-937 (measured before any fix for it, code bbf65bc):
    # sixteenth blind batch 960-979:
    # eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c):
    # the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix:
    # the twentieth blind batch (1040-1057), measured on 694f993 before any fix:
    "2232_blogfa_afghan_dialect_blog_month_archive_page_blog_name_missing_space_space_before_exclamation_tagline_one_post_title_label_colon_arabic_yeh_kaf_double_space_nbsp_line_story_title_dialect_text_no_date_archive_code_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title', 'number'] wrong without a warning"
    ),
    "2240_ireconomy_newspaper_page_view_section_label_first_then_two_short_items_title_line_paragraph_second_title_split_over_two_lines_quoted_banners_glued_sentences_arabic_indic_digit_in_ascii_text_year_1402_in_body_no_date_list": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title'] wrong without a warning"
    ),
    "2317_jaberakbari_wordpress_personal_blog_post_stored_text_greeting_line_glued_between_decorative_words_no_title_gregorian_year_and_month_day_equal_jalali_day_1340_history_see_here_link_line_no_post_date_slug": (
        "blind87 (measured before any fix for it, code bd74168b): ['title'] wrong without a warning"
    ),
    "2339_negaahno_herat_dari_news_site_stored_text_tag_like_short_heading_then_title_agency_name_underscore_glued_lead_weekday_in_body_spaced_plural_no_date_slug_in_category_path": (
        "blind88 (measured before any fix for it, code bfb11709): ['title'] wrong without a warning"
    ),
    "2522_moghoofat_abdulazim_com_shrine_endowments_drupal_node_stored_text_title_shadda_heh_hamza_trailing_spaces_history_paragraphs_qamari_years_no_date_node_id": (
        "blind97 (measured before any fix for it, code 9ac84c26): ['number'] wrong without a warning"
    ),
    "2529_luxurytourstehran_com_tour_agency_aspx_tour_page_stored_text_bullet_id_number_and_agency_name_lines_first_title_twice_sections_question_subheads_nbsp_lines_no_date_query_id": (
        "blind97 (measured before any fix for it, code 9ac84c26): ['number'] wrong without a warning"
    ),
    "2674_darioush_shahbazi_com_tehran_historian_personal_site_joomla_1_0_stored_text_today_banner_weekday_comma_day_month_year_title_share_label_title_again_verse_no_article_date_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): ['published'] wrong without a warning"
    ),
    "2675_darioush_shahbazi_com_html_joomla_1_0_xhtml_div_date_today_banner_td_contentheading_share_links_h2_title_again_no_createdate_no_date_meta_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): ['published'] wrong without a warning"
    ),
}

# Without its address, a tag or category page whose text alone does not show it is a list
# gives its first item's headline as the title, with no title-uncertain warning.
# Pages wrong without a warning with their URL but warned from the text alone.
_WARNED_TEXT_ALONE = {
    # Without its /category/ address the page is no list, and the title it gets (the site's
    # name) comes with title-uncertain.
    "413_parsiblog_category_page_short_year_date_am_time_author",
    # Without its ?tn= tag address the one item's headline is doubted (the kicker under it).
    "1968_iranwatching_tourism_site_tag_page_social_icons_alt_line_join_prompt_tag_name_then_one_item_title_twice_kicker_lead_view_count_no_date_query_tn_tag_p_1",
    # blind88: without its address the short tag-like heading is passed over and the headline
    # under it is the title (right); with the address the slug picks the heading, silently.
    "2339_negaahno_herat_dari_news_site_stored_text_tag_like_short_heading_then_title_agency_name_underscore_glued_lead_weekday_in_body_spaced_plural_no_date_slug_in_category_path",
    # blind97 (measured before any fix for it, code 9ac84c26): ['title'] wrong without a warning with its address only (right, warned or missing text alone).
    "2522_moghoofat_abdulazim_com_shrine_endowments_drupal_node_stored_text_title_shadda_heh_hamza_trailing_spaces_history_paragraphs_qamari_years_no_date_node_id",
    # blind97 (measured before any fix for it, code 9ac84c26): ['number'] wrong without a warning with its address only (right, warned or missing text alone).
    "2529_luxurytourstehran_com_tour_agency_aspx_tour_page_stored_text_bullet_id_number_and_agency_name_lines_first_title_twice_sections_question_subheads_nbsp_lines_no_date_query_id",
}
SILENT_WRONG_TEXT_ALONE: dict[str, str] = {
    **{k: v for k, v in SILENT_WRONG.items() if k not in _WARNED_TEXT_ALONE},
    # Blind batch 500-537:
    "506_afghanpaper_header_time_first_short_ymd_code_empty_source_print_no_title": (
        "published on Tehran's clock: only the address (a host named «afghanpaper») says the site "
        "is Afghan; the text prints Iranian-style digits and no Afghan sign the library reads"
    ),
    # Second blind batch 540-577:
    # Third blind batch 580-609:
    # fourth blind batch 610-649:
    "624_esfahanshargh_tag_page_one_item_kicker_colon_title_lead_latest_news_ads_heading_no_tag_name_printed": (
        "fourth blind batch 610-649 (measured before any fix for it, on 1de15b4, code dfc25df): from the text alone: title wrong (no warning): 'کمبود ۴۰ هزار پرستار در بیمارستان\\u200cهای دولتی' (golden None)"
    ),
    # fifth blind batch 650-689:
    # sixth blind batch 690-729:
    # seventh blind batch 730-769:
    # eighth blind batch 770-799 (measured before any fix for it, on 2168f81, code 47149ca):
    # ninth blind batch 800-839 (measured before any fix for it, on 10f8380, code 931772a):
    # eleventh blind batch 860-879 (measured before any fix for it, code 302b2af):
    # thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef):
    "908_anahitatours_wp_month_archive_page_four_jalali_year_month_path_title_twice_lead_body_last_year_esfand_and_last_night_no_dates_printed": (
        "thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef): from the text alone: title wrong (no warning): 'نخستین جشن محلی کوچ عشایر در یک روستای کوهستانی برگزار شد' (golden None)"
    ),
    "909_mojahedat_tag_page_tag_name_line_item_title_twice_blank_lines_lead_today_weekday_no_date_credit_via_other_site_no_ids": (
        "thirteenth blind batch 900-919: from the text alone: title wrong (no warning): the one item's headline (golden «هرات», the tag's name, since the lead's decision): without the /tags/ address nothing says the short first line names a list of one item"
    ),
    # sixteenth blind batch 960-979:
    "976_faraj_tj_joomla_tajik_category_blog_view_flash_fallback_lines_category_name_item_title_russian_abbrev_month_day_comma_year_views_label_title_again": (
        "sixteenth blind batch 960-979: from the text alone: title wrong (no warning): 'Боғи падарам дар фасли баҳор' (golden 'Фарҳанг'); since fix21 the address's Joomla pagination key «?limitstart=0» makes it a list, but the text alone does not show the page is a category's list"
    ),
    "974_weunlimited_blogspot_day_archive_blog_name_then_fa_locale_date_header_post_title_source_labels_with_spaced_colon_inja_links": (
        "sixteenth blind batch 960-979: from the text alone: title wrong (no warning): 'شهرداری باز هم قول داد، پارک محله هنوز بسته است' (golden None); published wrong (no warning): '2009-12-23' (golden None)"
    ),
    # fourteenth blind batch 920-937 and page 860: warned (title-uncertain) with their address since fix19
    "860_sobhesahel_split_date_box_day_month_year_lines_category_then_date_time_glued_comment_count_roundup_no_headline_id_slug": (
        "from the text alone: title wrong (no warning): the roundup's first item heading (golden None); with its address the slug naming the unprinted headline warns it"
    ),
    "927_anarak24_joomla_category_date_widget_day_number_then_weekday_comma_gregorian_month_then_persian_weekday_comma_jalali_date_items_without_dates": (
        "from the text alone: title and published wrong (no warning): the first item's headline and the date widget's day (golden None); with its address «?start=368» the list's offset warns the title"
    ),
    # eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c):
    "1015_kelkein_afghan_culture_glued_category_labels_line_title_with_part_number_jalali_day_month_parenthesised_afghan_month_glued_year_dash_gregorian_ymd": (
        "eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c): from the text alone: title wrong (no warning): 'مروری بر بازارها، زیارتگاه\\u200cها و زندگی روزمره در مزار شریف' (golden 'شهر گنبدهای فیروزه\\u200cای: نگاهی به ولایت بلخ (۲)')"
    ),
    # the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix:
    # the twentieth blind batch (1040-1057), measured on 694f993 before any fix:
    "1066_ostadnews_this_day_in_history_series_line_gregorian_day_month_first_sections_item_titles_historical_dates_with_jalali_twin_no_page_date_jalali_day_in_address": (
        "the twenty-first blind batch (1060-1079), measured on c12806e before any fix: title wrong (no warning): '«ناصرخسرو» و آغاز سفر هفت ساله او' (golden 'مهمترین رویدادهای ایران و جهان در طول تاریخ در این روز ۶ مارس'); published missing (golden '2018-03-06')"
    ),
    "1095_shahrezanews_wp_date_archive_day_page_one_item_kicker_semicolon_title_slash_excerpt_latest_news_and_solar_calendar_widget_headings_date_only_in_address": (
        "the twenty-second blind batch (1080-1099), measured on 4e49140 (code of c12806e) before any fix: title wrong (no warning): 'بازگشایی خیابان ساحلی تا پایان تابستان/ پروژه\\u200cهای نیمه\\u200cتمام در اولویت است' (golden None)"
    ),
    "1111_hijab_hayatebartar_womens_magazine_google_label_glued_page_title_pipe_site_find_me_here_yearless_day_month_badge_title_with_spaced_exclamation_collection_label_subtitle_title_again_id_in_address": (
        "the twenty-third blind batch (1100-1119), measured on 63cc1be before any fix: title wrong (no warning): 'بر وزن ساده و دلنشین!' (golden 'ساده و آراسته !'); number missing (golden '4062')"
    ),
    "1167_shahriariha_local_news_site_tag_page_no_heading_item_title_glued_to_day_month_year_date_then_title_again_lead_no_time_no_id": (
        "the twenty-sixth blind batch (1160-1179), measured on 3a40eec before any fix: title wrong (no warning): 'گشت\\u200cهای شبانه محیط\\u200cبانان در ارتفاعات جنوبی شهریار بیشتر شد' (golden None)"
    ),
    "1270_ksaadat_co_tajik_cultural_blog_wordpress_post_skip_link_russian_title_subtitle_preface_curly_quotes_note_label_today_in_parentheses_17_march_2017_three_asterisks_date_only_in_address": (
        "blind34, held out (2026-12-04): measured on e9ddc30 before any fix: assert ['title'] == []"
    ),
    "1266_afghannews_af_afghan_dari_news_archive_category_4_culture_list_no_heading_first_teaser_title_lead_lead_repeated_then_leads_only_thursday_11_jadi_yearless_event_no_dates_no_ids": (
        "blind34, held out (2026-12-04): measured on e9ddc30 before any fix: assert ['title'] == []"
    ),
    "1355_varannews_gilan_news_tag_page_mosque_centres_one_teaser_title_line_then_lead_line_no_heading_no_dates_no_ids": (
        "blind38, held out (2026-12-04): measured on 1683e2d before any fix: AssertionError: assert ['title'] == []"
    ),
    "1451_tiraxturchi_blogsky_tractor_fans_blog_home_archive_page_17_first_post_title_lead_typo_club_prefix_quote_intro_then_asterisk_bullet_quotes_no_blog_name_no_post_date_in_stored_opening": (
        "blind43, held out (2026-12-04): measured on 196ca2f before any fix: AssertionError: assert ['title'] == []"
    ),
    "1480_khabarnegaranvaresane_journalists_guild_wordpress_newsup_post_top_bar_today_banner_abbrev_weekday_persian_comma_26am_khordad_1403_site_name_description_title_reading_time_title_again_arabic_yeh_bullets_no_date_slug_address": (
        "blind45 (1480-1495, first measured on a471a08): AssertionError: assert ['published'] == []"
    ),
    "1533_peykehashtrood_local_news_wordpress_tag_page_no_heading_one_item_title_then_speaker_kicker_colon_then_title_again_lead_death_notice_ban_municipality_no_dates_no_ids": (
        "blind47 (1520-1535, first measured on 54bf1db): AssertionError: assert ['title'] == []"
    ),
    "1574_lifestart_wordpress_tag_list_page_one_library_item_title_twice_lead_yearless_weekday_27_bahman_isna_credit_quote_unicode_ellipsis_cut_misspelt_site_name_lines_twice_no_heading_no_dates": (
        "blind49 (1560-1575, first measured on 8c89bcd): AssertionError: assert ['title'] == []"
    ),
    "1612_kowsarblog_seminary_school_blog_category_posts_page_15_post_title_first_no_list_heading_glued_school_year_90_91_ceremony_report_date_24_6_90_glued_cut_no_publication_date": (
        "blind51 (1600-1615, first measured on 6bea427): AssertionError: assert ['title'] == []"
    ),
    "1653_khash_zaums_ac_ir_zahedan_medical_university_khash_health_network_home_page_one_item_date_line_yyyy_mm_dd_then_title_body_weekday_glued_yy_mm_dd_meeting_time_list_no_heading": (
        "blind53: AssertionError: assert ['title'] == []"
    ),
    "1741_abcic_trade_portal_press_clipping_arabic_yeh_title_first_published_label_spaced_colon_1401_09_28_donya_e_eqtesad_prefix_lead_kicker_title_again_issue_number_print_date_news_number_persian_digits_id_10908": (
        "blind58: AssertionError: assert ['number'] == []"
    ),
    "1752_khouznews_khuzestan_news_site_tags_page_roostahaye_abadan_heading_single_teaser_title_slashes_lead_glued_ellipsis_code_label_persian_digits_triple_space_published_label_1391_12_01": (
        "blind58: AssertionError: assert ['number', 'published'] == []"
    ),
    "1766_jeebnews_wordpress_news_site_tag_page_tasmim_giri_no_list_name_in_text_single_post_published_label_weekday_3_azar_1397_time_code_label_9404_title_twice_teaser_cut_then_full_body_relay_tasnim": (
        "blind59: AssertionError: assert ['title', 'nu..., 'published'] == []"
    ),
    "1988_parvaresh50_blogfa_provincial_education_office_blog_home_name_tagline_trailing_space_template_credit_untitled_posts_arabic_yeh_kaf_mixed_guillemets_no_date": (
        "blind70: text alone: title silent: 'اخبار، عکس و رویدادهای پرورشی استان مرکزی' (golden None)"
    ),
    "2015_mirwaisbalkhi_persianblog_afghan_dari_blog_tag_page_bilingual_blog_name_tagline_author_dash_mixed_arabic_indic_persian_digit_date_post_title_subtitle_lone_space_lines_no_tag_name": (
        "blind71: text alone: title silent: 'فرصت ها و چالش های آن برای ولایات غربی افغانستان' (golden None); published silent: '2013-03-16' (golden None)"
    ),
    "2017_ariyaninstitute_blogfa_afghan_category_page_cat_8_first_post_title_run_into_english_date_sat_12_apr_2008_time_9_5_pm_unpadded_minute_arabic_yeh_kaf_paragraphs_no_category_name": (
        "blind71: text alone: title silent: 'ولایت غور' (golden None); published silent: '2008-04-12T21:05+04:30' (golden None)"
    ),
    "2051_s_babran_blogsky_posts_list_page_8_first_post_title_speaker_colon_then_weekday_date_1394_khordad_21_time_16_42_summer_dst_excerpt_ellipsis_no_list_name": (
        "blind73 (measured before any fix for it, code 2ff6cca2): a BlogSky list page of eight posts with no list name: the first post's title and its 1394/03/21 16:42 taken as the page's, no warning"
    ),
    "2162_11icce_conference_joomla_home_english_website_link_contact_block_persian_digit_phone_megamenu_slider_captions_event_date_range_deadline_notice_blockquotes_news_day_then_month_glued_to_year_no_article": (
        "blind79 (measured before any fix for it, code 2fd60318): ['title'] wrong without a warning"
    ),
    "2232_blogfa_afghan_dialect_blog_month_archive_page_blog_name_missing_space_space_before_exclamation_tagline_one_post_title_label_colon_arabic_yeh_kaf_double_space_nbsp_line_story_title_dialect_text_no_date_archive_code_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title'] wrong without a warning"
    ),
    "2240_ireconomy_newspaper_page_view_section_label_first_then_two_short_items_title_line_paragraph_second_title_split_over_two_lines_quoted_banners_glued_sentences_arabic_indic_digit_in_ascii_text_year_1402_in_body_no_date_list": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title'] wrong without a warning"
    ),
    "2243_newsfaculty_journalism_faculty_wordpress_notice_one_word_title_line_then_bold_subtitle_line_one_paragraph_denial_years_in_words_no_date_slug_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title'] wrong without a warning"
    ),
    "2245_hii_iau_shoushtar_university_journal_home_page_submission_note_label_colon_value_glued_lines_circular_date_in_parentheses_approval_number_glued_to_tarikh_and_slashed_date_nbsp_lines_current_issue_season_year_no_headline_no_date": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title'] wrong without a warning"
    ),
    "2257_abbasnemati_blog_ir_poet_post_stored_text_no_title_greeting_line_between_sparkle_emojis_flower_emoji_verse_lines_refrain_between_sparkles_signature_name_last_no_date_slug_address": (
        "blind84 (measured before any fix for it, code b063cbb6): ['title'] wrong without a warning"
    ),
    "2263_emam8_eulogy_poetry_site_article_today_banner_bullet_weekday_day_month_two_digit_year_poet_name_title_with_parenthesised_hadith_views_and_count_lines_bulleted_weekday_day_month_year_saat_time_posted_by_summer_1397_article_id": (
        "blind84 (measured before any fix for it, code b063cbb6): ['title'] wrong without a warning"
    ),
    "2268_hamiyanekeshavarzi_wordpress_farmers_supporters_site_post_stored_text_excerpt_paragraph_of_joined_verses_then_verse_lines_shortlink_line_gregorian_today_line_weekday_day_month_space_comma_year_jalali_date_path_1398_03_15": (
        "blind84 (measured before any fix for it, code b063cbb6): ['published'] wrong without a warning"
    ),
    "2310_mazandnumeh_local_news_site_stored_text_view_count_and_recommend_count_lines_arabic_yeh_weekday_day_month_year_dash_glued_time_1392_08_05_headline_then_report_plus_photo_report_kicker_fullcontent_id_in_path": (
        "blind87 (measured before any fix for it, code bd74168b): ['title'] wrong without a warning"
    ),
    "2317_jaberakbari_wordpress_personal_blog_post_stored_text_greeting_line_glued_between_decorative_words_no_title_gregorian_year_and_month_day_equal_jalali_day_1340_history_see_here_link_line_no_post_date_slug": (
        "blind87 (measured before any fix for it, code bd74168b): ['title'] wrong without a warning"
    ),
    "2382_sajjadshafiee_kamfiruz_local_history_site_post_stored_text_ad_order_line_section_word_indented_place_name_title_narrators_lines_guillemet_place_names_legends_no_date_post_id_in_address": (
        "blind90 (measured before any fix for it, code 77139b20): ['title'] wrong without a warning (text alone; right with its address)"
    ),
    "2414_iranchaf_blogfa_category_page_three_posts_stored_text_blog_name_kashida_stretched_description_post_title_glued_to_body_topics_and_tags_labels_bracketed_weekday_day_in_words_month_year_time_author_1391": (
        "blind92 (measured before any fix for it, code e1652b80): ['title'] wrong without a warning"
    ),
    "2426_mellifera_beekeeping_site_tag_page_6_stored_text_tag_name_heading_arabic_yeh_kaf_topics_label_spaced_colon_one_full_item_title_source_label_jam_jam_online_colon_be_gozaresh_gizmag_no_dates": (
        "blind92 (measured before any fix for it, code e1652b80): ['title'] wrong without a warning"
    ),
    "2435_ganjesaadat_blog_ir_category_page_19_one_post_stored_text_post_title_anecdote_question_answer_lines_s_j_labels_bullet_comment_count_bullet_persian_digit_day_month_two_digit_year_comma_time_no_category_name": (
        "blind93 (measured before any fix for it, code a6a53548): ['title'] wrong without a warning"
    ),
    "2457_walatnews_ir_wp_category_page_slider_category_one_post_stored_text_post_title_twice_excerpt_no_category_name_no_dates": (
        "blind94 (measured before any fix for it, code 3019dc02): ['title'] wrong without a warning"
    ),
    "2504_zanbordaranpishro_ir_beekeeping_company_wp_tag_page_one_post_author_name_dash_role_line_first_post_title_teaser_read_more_no_tag_heading_no_dates": (
        "blind96 (measured before any fix for it, code 7131838a): ['title'] wrong without a warning"
    ),
    "2554_yazd_irib_ir_provincial_broadcaster_liferay_stored_text_year_slogan_pipe_today_weekday_comma_day_month_year_banner_portlet_title_line_headline_body_no_date_of_its_own_slug": (
        "blind99 (measured before any fix for it, code b29a997e): ['title', 'published'] wrong without a warning"
    ),
    "2585_afghanistan_loxblog_ir_afghan_theme_blog_month_archive_stored_text_about_box_founding_day_slash_month_slash_year_comment_form_captcha_stats_weekday_day_month_year_glued_tag_label_colons_time_author_headers_three_posts_list": (
        "blind100 (measured before any fix for it, code 584797d6): ['title'] wrong without a warning"
    ),
    "2603_bmod_blogfa_com_blogfa_category_page_one_post_stored_text_title_arabic_yeh_kaf_numbered_items_ascii_digit_kashida_dash_spaced_colon_no_category_name_no_date_list": (
        "blind101 (measured before any fix for it, code b749c6e3): ['title'] wrong without a warning"
    ),
    "2674_darioush_shahbazi_com_tehran_historian_personal_site_joomla_1_0_stored_text_today_banner_weekday_comma_day_month_year_title_share_label_title_again_verse_no_article_date_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): ['published'] wrong without a warning"
    ),
    "2685_niyayesh13_persianblog_ir_teacher_blog_new_persianblog_post_stored_text_title_short_lines_double_dots_trailing_spaces_comment_and_view_counts_footer_no_date_hash_id_and_mojibake_slug_address": (
        "blind105 (measured before any fix for it, code 25d2310d): ['title'] wrong without a warning"
    ),
    "2698_sazandegi_ir_newspaper_site_tag_page_one_item_stored_text_shenase_khabar_persian_digits_above_item_title_semicolon_slash_subtitle_excerpt_latest_label_no_tag_name_no_date_tags_id_address": (
        "blind106 (measured before any fix for it, code 25d2310d): ['title', 'number'] wrong without a warning"
    ),
}

# HTML pages whose visible text (parse_article on jm.visible_text, with the page's address)
# still gives a value wrong without a warning.
SILENT_WRONG_VISIBLE_TEXT: dict[str, str] = {
    # fourth blind batch 610-649:
    # fifth blind batch 650-689:
    # sixth blind batch 690-729:
    "720_trandnews_html_wp_no_visible_h1_title_tag_and_og_title_with_slug_wording_meta_date_span_dash_views_question_h2_content": (
        "sixth blind batch 690-729 (measured before any fix for it, on 5df7244, code 9c10fd0): visible text: title wrong (no warning): 'اهمیت سند چیست؟' (golden 'اهمیت سند در حدیث')"
    ),
    # seventh blind batch 730-769:
    # tenth blind batch 840-859 (measured before any fix for it, on 6f5b2b6, code 10faf9f):
    # eleventh blind batch 860-879 (measured before any fix for it, code 302b2af):
    # thirteenth blind batch 900-919 (measured before any fix for it, code 70f64ef):
    # fourteenth blind batch 920-937 (measured before any fix for it, code bbf65bc):
    # sixteenth blind batch 960-979:
    # eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c):
    # the nineteenth blind batch (1020-1039), measured on f200ca1 before any fix:
    "1227_journalism_tnu_tj_html_joomla_article_title_tag_only_full_headline_no_h1_ticker_list_span_date_day_slash_month_yearless_image_caption_stray_token_article_body_legacy_letters_no_meta_dates_id_325": (
        "the twenty-ninth blind batch (1220-1239), measured on b670b13 before any fix: assert ['title'] == []"
    ),
    "1261_khorasanbar_html_dnn_article_view_portal_title_tag_only_breadcrumb_home_article_div_quoted_passage_book_credit_white_square_author_label_no_h1_no_meta_dates_article_id_2290": (
        "blind34, held out (2026-12-04): measured on e9ddc30 before any fix: assert ['title'] == []"
    ),
    "1746_eghtesadnamehiranian_html_print_view_div_rutitr_kicker_div_lead_h2_headline_after_lead_div_body_paragraphs_window_print_no_meta_dates_id_55935": (
        "blind58: AssertionError: assert ['title'] == []"
    ),
    "1909_iran_charity_network_html_wordpress_top_bar_li_today_jomeh_08_bahman_1400_ticker_ul_other_titles_sidebar_widget_titles_span_count_0_no_h1_title_tag_only_entry_content_essay_no_meta_dates_slug": (
        "blind66: the visible text gives the portal's name and the today banner, silently"
    ),
    "2233_blogfa_html_old_template_table_layout_title_blog_name_div_header_h1_blog_name_tagline_div_post_h2_post_title_body_arabic_yeh_kaf_no_post_footer_no_date_meta_month_archive_code_address": (
        "blind83 (measured before any fix for it, code d9ee3ce5): ['title', 'number'] wrong without a warning"
    ),
    "2262_saghez_html_kowsarblog_b2evolution_post_page_title_post_title_dash_blog_name_h2_one_word_title_span_date_day_month_name_year_no_time_div_content_br_verse_lines_no_meta_dates_slug_with_counter": (
        "blind84 (measured before any fix for it, code b063cbb6): ['title'] wrong without a warning"
    ),
    "2267_kbtabriz_html_blogfa_template_title_blog_name_div_post_h2_post_title_div_post_body_br_verse_lines_post_footer_span_neveshte_shode_dar_weekday_day_in_words_persian_digit_year_ascii_time_summer_1392_no_meta_dates_post_id": (
        "blind84 (measured before any fix for it, code b063cbb6): ['title'] wrong without a warning"
    ),
    "2508_ie_eng_usc_ac_ir_html_university_static_page_bootstrap_rtl_title_page_site_university_h2_page_title_no_h1_no_meta_dates_hex_object_id_address": (
        "blind96 (measured before any fix for it, code 7131838a): ['title'] wrong without a warning"
    ),
    "2553_ivo_blogsky_com_html_blogsky_title_post_dash_blog_h2_post_title_div_post_date_weekday_day_mah_sal_year_saat_bz_pm_summer_1390_p_lines_document_codes_archive_month_links_date_path_post_id": (
        "blind99 (measured before any fix for it, code b29a997e): ['title'] wrong without a warning"
    ),
    "2673_garrushoney_ir_html_wordpress_newspaper_theme_td_data_time_today_banner_spaced_comma_category_ul_above_h1_entry_title_crumbs_below_no_post_date_no_time_element_no_published_meta": (
        "blind105 (measured before any fix for it, code 25d2310d): ['title'] wrong without a warning"
    ),
    "2675_darioush_shahbazi_com_html_joomla_1_0_xhtml_div_date_today_banner_td_contentheading_share_links_h2_title_again_no_createdate_no_date_meta_task_view_id_query": (
        "blind105 (measured before any fix for it, code 25d2310d): ['published'] wrong without a warning"
    ),
}

_URL = re.compile(r"https?://\S+")


def source_url(path: Path) -> str | None:
    """The page's address: the first http(s) token of its golden's «source»."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    found = _URL.search(golden["source"])
    return found.group(0) if found else None


@functools.cache
def _parse(path: Path) -> jm.Article:
    """Parse a page once for the three tests that read it (records are immutable).

    A scraper knows the page's address: every page is parsed with its source URL, text
    and HTML alike (an HTML page's own canonical / og:url wins over it).
    """
    if path.suffix == ".html":
        return jm.parse_html(path.read_bytes(), url=source_url(path))
    return jm.parse_article(path.read_text(encoding="utf-8"), url=source_url(path))


def day_for_time(golden: dict[str, str | None], article: jm.Article) -> dict[str, str | None]:
    """The golden values, where the article gives a date only and the golden that day with a
    time, taken as that date: a page's text often prints the day without the time its meta
    data carries, and a date without a time on the golden's day is right, not wrong."""
    golden = dict(golden)
    got = page_view(article)
    for name in ("published", "updated"):
        value, expected = got[name], golden[name]
        if value is not None and expected is not None and len(value) == len("2023-01-01"):
            golden[name] = value if expected.startswith(value + "T") else expected
    return golden


def _wrong_without_a_warning(golden: dict[str, str | None], article: jm.Article) -> list[str]:
    """The fields that differ from the golden (and are not None) with no warning to say so.

    The title needs the title-uncertain warning; the other fields any warning.
    """
    got = page_view(article)
    codes = {notice.code for notice in article.warnings}
    wrong = [
        name
        for name in ("title", "number", "published", "updated")
        if got[name] is not None
        and got[name] != golden[name]
        and ("title-uncertain" not in codes if name == "title" else not codes)
    ]
    return wrong


def _cases(
    known: dict[str, str], suffix: str | None = None, paths: Sequence[Path] = PAGES
) -> list[object]:
    """One case per page of ``paths``, a strict xfail with its reason where ``known`` lists it."""
    cases: list[object] = []
    for path in paths:
        if suffix is not None and path.suffix != suffix:
            continue
        reason = known.get(path.stem)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def test_pages_are_many_and_described() -> None:
    """At least 80 page texts and 30 HTML pages, each with a golden record and its source."""
    texts = [p for p in PAGES if p.suffix == ".txt"]
    pages = [p for p in PAGES if p.suffix == ".html"]
    assert len(texts) >= 80
    assert len(pages) >= 30
    for path in PAGES:
        golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert golden["source"].strip()
        assert set(golden["expected"]) >= {"title", "number", "published", "updated"}


def test_known_failures_name_real_pages() -> None:
    """Every page listed as a known failure exists."""
    stems = {p.stem for p in PAGES}
    listed = (
        set(KNOWN_FAILURES)
        | set(SILENT_WRONG_TEXT_ALONE)
        | set(SILENT_WRONG_VISIBLE_TEXT)
        | set(DOUBLE_SPACED_TITLE_CHANGES)
    )
    assert sorted(listed - stems) == []


@pytest.mark.parametrize("path", _cases(KNOWN_FAILURES))
def test_page_gives_its_golden_record(path: Path) -> None:
    """Title, number, published and updated (to the minute, with offset) equal the golden."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert page_expected(golden["expected"]) == page_view(_parse(path))


@pytest.mark.parametrize("path", _cases(SILENT_WRONG))
def test_no_value_wrong_without_a_warning(path: Path) -> None:
    """A value that differs from the golden one (not None) always comes with a warning."""
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    assert _wrong_without_a_warning(golden, _parse(path)) == []


@pytest.mark.parametrize("path", _cases(SILENT_WRONG_TEXT_ALONE, ".txt"))
def test_no_value_wrong_without_a_warning_from_the_text_alone(path: Path) -> None:
    """Parsed without its address, a page text gives no wrong value without a warning."""
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    article = jm.parse_article(path.read_text(encoding="utf-8"))
    assert _wrong_without_a_warning(golden, article) == []


@pytest.mark.parametrize("path", _cases(SILENT_WRONG_VISIBLE_TEXT, ".html"))
def test_visible_text_of_an_html_page_gives_no_value_wrong_without_a_warning(path: Path) -> None:
    """One resolver for text and HTML: the text an HTML page shows, parsed as a page text
    (what a scraper that kept no markup has), gives no value wrong without a warning.

    The visible text often prints the day without the time the page's meta data carries:
    a date without a time on the golden's day is right, not wrong.
    """
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    # The page's address as parse_html takes it (its canonical / og:url, else the source).
    article = jm.parse_article(jm.visible_text(path.read_bytes()), url=_parse(path).url)
    assert _wrong_without_a_warning(day_for_time(golden, article), article) == []


# Page texts whose number or dates change when every line is double-spaced (strict xfail).
DOUBLE_SPACED_FIELDS_CHANGE: dict[str, str] = {
    # eighteenth blind batch 1000-1019 (measured before any fix for it, code 53e486c):
    "2299_alpclub_mountaineering_club_report_stored_text_markdown_table_label_pipe_value_rows_holding_date_day_month_year_arabic_yeh_kaf_names_section_headings_cut_last_word_no_headline_no_publication_date_id_last_in_path": (
        "blind86 (measured before any fix for it, code ec471dd1): {'published': None} (golden {'published': '2020-02-13'})"
    ),
}


@pytest.mark.parametrize("path", _cases(DOUBLE_SPACED_FIELDS_CHANGE, ".txt"))
def test_double_spaced_text_gives_the_same_number_and_dates(path: Path) -> None:
    """A page text with a blank line after every line (what many HTML-to-text tools write)
    gives the same number, published and updated as the text itself.

    (Titles: test_double_spaced_text_gives_the_same_title.)
    """
    text = path.read_text(encoding="utf-8")
    fields = ("number", "published", "updated")
    spaced = page_view(jm.parse_article(text.replace("\n", "\n\n"), url=source_url(path)))
    assert {k: spaced[k] for k in fields} == {k: page_view(_parse(path))[k] for k in fields}


# Page texts whose title changes when every line is double-spaced (strict xfail).
DOUBLE_SPACED_TITLE_CHANGES: dict[str, str] = {
    "1205_shahriarnegar_county_news_site_governorate_safety_working_group_title_twice_hard_line_breaks_inside_paragraphs_credit_via_public_relations_views_label_persian_digit_no_date_slug_address": (
        "real63: the text's paragraph broken into lines with no blank line between gives no title "
        "(a wrapped sentence's piece, title-uncertain); double-spaced, its lines are set apart and "
        "the piece stays the title, as on base37: both wrong, the golden headline never found"
    ),
    "2535_avayesardroud_mihanblog_com_town_news_blog_2010_stored_text_ads_label_blog_name_twice_no_post_title_two_paragraphs_posted_on_weekday_date_by_author_glued_to_last_stop_template_line_post_id": (
        "fix294: the blog's name printed again right under the name refused under the ad label "
        "(no blank line between) is no title, the page's title null; double-spaced, the copies "
        "are set apart, the twin rule (_title._ad_name_twin) does not read them and the name is "
        "the title again, as before fix294"
    ),
    "139_azadiradio_dari_items_glued_day_month": (
        "the headline's image alt text and caption, two copies in a row with no blank line "
        "between, are told from a headline printed twice (two copies set apart, 447, 317) by "
        "that blank line alone; spaced evenly, the copies count as the title printed twice"
    ),
    # fourth blind batch 610-649:
    # fourth blind batch 610-649:
    # twelfth blind batch 880-899 (measured before any fix for it, code c9b960e):
    "1132_mihd_istiqlol_tj_tajik_city_portal_russian_lang_listing_limitstart_caps_item_titles_bodies_sanai_ordinal_day_month_soli_ravon_no_years_no_heading": (
        "the twenty-fourth blind batch (1120-1139), measured on 6fdea18 before any fix: double spaced title changes form: a value wrong without a warning (page view with address: right in this view; the failing check is another one)"
    ),
    "1331_htnpashto_pashto_news_site_wordpress_latest_news_ticker_label_title_lead_two_lines_body_yearless_12m_november_event_no_date_line_post_id_17091_in_address": (
        "blind37 (fix84): the lead printed in two lines with no blank line between, under a "
        "headline set apart: single-spaced the second line is the lead's, double-spaced every "
        "line stands apart and the two-line block is not seen; the title there is the lead's "
        "second line, as before fix84 in both views"
    ),
    "1387_radiovarzesh_irib_sports_radio_aspnet_news_details_programme_banner_weekly_slot_18_30_title_guillemets_lead_date_and_time_on_two_lines_1400_09_27_then_13_51_arabic_kaf_tatweel_words_n_id_in_query": (
        "blind40, held out (2026-12-04): measured on a41d661 (after fix84-fix87) before any fix for it: AssertionError: assert 'همیشه با ورز...ه مدت 90دقیقه' == 'ورزش همگانی ...میشه با ورزش»'"
    ),
    "2060_obodan_local_wordpress_post_category_uncategorised_line_headline_with_full_stop_comma_without_space_lead_body_curly_quotes_comment_form_cut_no_date_query_p_162": (
        "fix198: the headline under the category line «دستهبندی نشده» is read as printed apart "
        "(a blank line over and under it); double-spaced every line stands apart, so nothing "
        "is: no title, title-uncertain (the best line is site furniture), where main took "
        "the category line silently"
    ),
}


@pytest.mark.parametrize("path", _cases(DOUBLE_SPACED_TITLE_CHANGES, ".txt"))
def test_double_spaced_text_gives_the_same_title(path: Path) -> None:
    """A page text with a blank line after every line gives the same title as the text
    itself: the title's rules read a blank line as setting a line apart only where the text
    is not double-spaced."""
    text = path.read_text(encoding="utf-8")
    spaced = jm.parse_article(text.replace("\n", "\n\n"), url=source_url(path))
    assert page_view(spaced)["title"] == page_view(_parse(path))["title"]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_spans_are_ordered_and_point_at_values(path: Path) -> None:
    """Every span has start <= end, and text spans point at the value they name."""
    article = _parse(path)
    text = (
        jm.visible_text(path.read_bytes())
        if path.suffix == ".html"
        else path.read_text(encoding="utf-8")
    )
    for field in article.fields:
        if field.value_span is not None:
            assert field.value_span[0] <= field.value_span[1]
            assert text[slice(*field.value_span)] == field.value
    for name, span in article.spans.items():
        assert span[0] <= span[1], name
    for notice in article.warnings:
        if notice.span is not None:
            assert 0 <= notice.span[0] <= notice.span[1] <= len(text)
    for stamp in (article.published, article.updated):
        if stamp is not None and stamp.span is not None:
            assert text[slice(*stamp.span)] == stamp.text


def _number_only_in_the_address(path: Path) -> bool:
    """Whether the golden's number is not printed in the page text (only in its address)."""
    number = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]["number"]
    if number is None:
        return False
    text = path.read_text(encoding="utf-8").translate(_TO_ASCII)
    return number not in text.replace(",", "").replace("٬", "")


_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


# Pages whose text alone gives another number printed in it, with no warning (strict: each
# entry must fail until fixed).
NUMBER_FROM_THE_TEXT_ALONE: dict[str, str] = {
    "1741_abcic_trade_portal_press_clipping_arabic_yeh_title_first_published_label_spaced_colon_1401_09_28_donya_e_eqtesad_prefix_lead_kicker_title_again_issue_number_print_date_news_number_persian_digits_id_10908": (
        "blind58: the clipped paper's own «شماره خبر» in its issue block is read as the page's number"
    ),
}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(strict=True, reason=NUMBER_FROM_THE_TEXT_ALONE[p.stem])
            if p.stem in NUMBER_FROM_THE_TEXT_ALONE
            else (),
        )
        for p in PAGES
        if p.suffix == ".txt" and _number_only_in_the_address(p)
    ],
    ids=lambda p: p.stem,
)
def test_number_from_the_address_is_missing_without_it(path: Path) -> None:
    """A page text whose number is printed only in its address: from the text alone it is
    None, never another number (tests/test_pages.py counts a None as missing, not wrong).
    With the address, the golden record test checks it (evidence url)."""
    assert jm.parse_article(path.read_text(encoding="utf-8")).number is None
