// The English table, the reader of other locales' tables and the functions that fill templates
// (see strings.h). web/tools/collect_glyphs.py takes every character of this file for the Latin
// font subset, so it holds no text that subset cannot draw.
#include "strings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
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
    .skipped_one = "You skipped {0} question; the score leaves it out.",
    .skipped_other = "You skipped {0} questions; the score leaves them out.",
};
// clang-format on

namespace {

// English: "1" is one, everything else (0, 2, 0.4) is other. Chinese has one form: both fields
// hold it, so this rule serves every table.
const char* plural(std::string_view n, const char* one, const char* other) {
    return n == "1" ? one : other;
}

// Every field by its name in a locale's file: the one list of them besides the struct itself.
#define FIELD(name)                                                                                \
    Field {                                                                                        \
#name, &Table::name                                                                        \
    }
struct Field {
    const char* name;
    const char* Table::*member;
};
constexpr Field kFields[] = {
    FIELD(link_failed_title),
    FIELD(link_outdated),
    FIELD(link_damaged),
    FIELD(link_take_again),
    FIELD(link_details),
    FIELD(privacy_self_check),
    FIELD(about_minutes_one),
    FIELD(about_minutes_other),
    FIELD(topics),
    FIELD(private_by_design),
    FIELD(privacy_title),
    FIELD(privacy_body),
    FIELD(start),
    FIELD(no_sign_up),
    FIELD(question_count),
    FIELD(question_announced),
    FIELD(choose_one),
    FIELD(choose_all),
    FIELD(prefer_not_to_say),
    FIELD(why_we_ask),
    FIELD(source),
    FIELD(sources),
    FIELD(back),
    FIELD(next),
    FIELD(see_result),
    FIELD(your_result),
    FIELD(score_announced),
    FIELD(out_of_100),
    FIELD(score_name),
    FIELD(by_topic),
    FIELD(not_assessed),
    FIELD(named_value),
    FIELD(what_weighs_most),
    FIELD(nothing_adds),
    FIELD(answers_separator),
    FIELD(points_added),
    FIELD(points_note),
    FIELD(what_to_do_first),
    FIELD(saves_points_one),
    FIELD(saves_points_other),
    FIELD(show_all),
    FIELD(show_fewer),
    FIELD(keep_or_share),
    FIELD(share_body),
    FIELD(copy_link),
    FIELD(copied),
    FIELD(change_answers),
    FIELD(retake),
    FIELD(print_plan),
    FIELD(skipped_one),
    FIELD(skipped_other),
};
#undef FIELD
static_assert(std::size(kFields) * sizeof(const char*) == sizeof(Table), "a name for every field");

} // namespace

bool read_table(std::string_view json_text, Words& out, std::vector<std::string>& problems) {
    using Json = nlohmann::ordered_json;
    const Json file = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    const auto texts = file.is_object() ? file.find("strings") : file.end();
    const auto locale = file.is_object() ? file.find("locale") : file.end();
    if (texts == file.end() || !texts->is_object() || locale == file.end() ||
        !locale->is_string()) {
        problems.push_back(
            R"(not a table of UI strings: expected {"locale": TAG, "strings": {...}})");
        return false;
    }
    Words words;
    words.locale = locale->get<std::string>();
    words.texts.resize(std::size(kFields));
    std::array<bool, std::size(kFields)> have{};
    for (size_t i = 0; i < std::size(kFields); i++) {
        const std::string where = std::string("/strings/") + kFields[i].name;
        const auto text = texts->find(kFields[i].name);
        if (text == texts->end()) {
            problems.push_back(where + ": missing (English shown)");
        } else if (!text->is_string()) {
            problems.push_back(where + ": not a string (English shown)");
        } else {
            words.texts[i] = text->get<std::string>();
            have[i] = true;
        }
    }
    for (const auto& entry : texts->items()) {
        const std::string& name = entry.key();
        const auto is_named = [&name](const Field& f) { return name == f.name; };
        if (std::none_of(std::begin(kFields), std::end(kFields), is_named))
            problems.push_back("/strings/" + name + ": not a UI string (ignored)");
    }
    // The pointers go in last: `texts` no longer changes, so they stay valid.
    for (size_t i = 0; i < std::size(kFields); i++) {
        if (have[i])
            words.table.*kFields[i].member = words.texts[i].c_str();
    }
    out = std::move(words);
    return true;
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

std::string skipped(const Table& t, int questions) {
    if (questions <= 0)
        return "";
    const std::string n = std::to_string(questions);
    return format(plural(n, t.skipped_one, t.skipped_other), {n});
}

} // namespace strings
