// The English table and the functions that fill templates (see strings.h). The Chinese tables
// are in strings_zh.cpp: web/tools/collect_glyphs.py takes every character of the files it is
// given, and this file is one of them, so it must hold no text the Latin font subset cannot draw.
#include "strings.h"

#include <string>

namespace strings {

// clang-format off
const Table kEn = {
    // Intro
    .link_failed_title = "That result link didn't open",
    .link_outdated = "This result link was made with a different version of this quiz, so it can't "
                     "show that result any more.",
    .link_damaged = "This result link is damaged or incomplete (perhaps it was cut off when it was "
                    "copied), so it can't show a result.",
    .link_take_again = " You can take the quiz again below: it only takes a few minutes.",
    .link_details = "\n\nDetails: {0}",
    .privacy_self_check = "PRIVACY SELF-CHECK",
    .about_minutes_one = "About {0} minute",
    .about_minutes_other = "About {0} minutes",
    .topics = "{0} topics",
    .private_by_design = "Private by design",
    .privacy_title = "Your answers never leave this page",
    .privacy_body = "The quiz runs entirely in your browser: nothing you choose is sent anywhere or "
                    "stored. A result link keeps your answers after the # in the address, a part "
                    "browsers never send to a server.",
    .start = "Start the quiz",
    .no_sign_up = "No sign-up, no tracking, no names or numbers asked.",
    // Question
    .question_count = "{0} of {1}",
    .question_announced = "Question {0} of {1}: {2}",
    .choose_one = "Choose one",
    .choose_all = "Choose all that apply",
    .prefer_not_to_say = "Prefer not to say",
    .why_we_ask = "Why we ask",
    .source = "SOURCE",
    .sources = "SOURCES",
    .back = "Back",
    .next = "Next",
    .see_result = "See my result",
    // Results
    .your_result = "YOUR RESULT",
    .score_announced = "Your exposure score is {0} of 100: {1}",
    .out_of_100 = "out of 100",
    .score_name = "Exposure score {0} out of 100",
    .by_topic = "By topic",
    .not_assessed = "Not assessed",
    .named_value = "{0}: {1}",
    .what_weighs_most = "What weighs most",
    .nothing_adds = "None of your answers adds to your exposure.",
    .answers_separator = ", ",
    .points_added = "+{0}",
    .points_note = "Points each answer adds to your score of 100.",
    .what_to_do_first = "What to do first",
    .saves_points_one = "Saves {0} point",
    .saves_points_other = "Saves {0} points",
    .show_all = "Show all {0} actions",
    .show_fewer = "Show fewer",
    .keep_or_share = "Keep or share your result",
    .share_body = "This link shows this result again. Your answers are in the part after the #, "
                  "which your browser never sends to any server.",
    .copy_link = "Copy link",
    .copied = "Copied",
    .change_answers = "Change my answers",
    .retake = "Retake the quiz",
    .print_plan = "Print or save my plan",
};
// clang-format on

namespace {

bool same_tag(const char* a, const char* b) {
    for (; *a && *b; a++, b++) {
        const char x = *a >= 'A' && *a <= 'Z' ? char(*a - 'A' + 'a') : *a;
        const char y = *b >= 'A' && *b <= 'Z' ? char(*b - 'A' + 'a') : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

// English: "1" is one, everything else (0, 2, 0.4) is other. Chinese has one form: both fields
// hold it, so this rule serves every table.
const char* plural(std::string_view n, const char* one, const char* other) {
    return n == "1" ? one : other;
}

} // namespace

Locale locale_from_tag(const char* tag) {
    if (tag && same_tag(tag, "zh-Hans"))
        return Locale::ZhHans;
    if (tag && same_tag(tag, "zh-Hant"))
        return Locale::ZhHant;
    return Locale::En;
}

const char* locale_tag(Locale locale) {
    switch (locale) {
    case Locale::ZhHans:
        return "zh-Hans";
    case Locale::ZhHant:
        return "zh-Hant";
    case Locale::En:
        break;
    }
    return "en";
}

const Table& table(Locale locale) {
    switch (locale) {
    case Locale::ZhHans:
        return kZhHans;
    case Locale::ZhHant:
        return kZhHant;
    case Locale::En:
        break;
    }
    return kEn;
}

std::string format(std::string_view text, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(text.size() + 16);
    for (size_t i = 0; i < text.size(); i++) {
        const size_t n = i + 2 < text.size() && text[i] == '{' && text[i + 2] == '}'
                             ? size_t(text[i + 1] - '0')
                             : args.size();
        if (n < args.size()) {
            out += args.begin()[n];
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string about_minutes(const Table& t, int minutes) {
    const std::string n = std::to_string(minutes);
    return format(plural(n, t.about_minutes_one, t.about_minutes_other), {n});
}

std::string topics(const Table& t, int count) {
    return format(t.topics, {std::to_string(count)});
}

std::string question_count(const Table& t, int position, int visible) {
    return format(t.question_count, {std::to_string(position), std::to_string(visible)});
}

std::string question_announced(const Table& t, int position, int visible, std::string_view prompt) {
    return format(t.question_announced,
                  {std::to_string(position), std::to_string(visible), prompt});
}

std::string score_announced(const Table& t, std::string_view score, std::string_view band) {
    return format(t.score_announced, {score, band});
}

std::string score_name(const Table& t, std::string_view score) {
    return format(t.score_name, {score});
}

std::string named_value(const Table& t, std::string_view name, std::string_view value) {
    return format(t.named_value, {name, value});
}

std::string points_added(const Table& t, std::string_view points) {
    return format(t.points_added, {points});
}

std::string saves_points(const Table& t, std::string_view points) {
    return format(plural(points, t.saves_points_one, t.saves_points_other), {points});
}

std::string show_all(const Table& t, int actions) {
    return format(t.show_all, {std::to_string(actions)});
}

std::string link_details(const Table& t, std::string_view details) {
    return format(t.link_details, {details});
}

} // namespace strings
