// The reader of a locale's table of the screens' words and the functions that fill templates (see
// strings.h).
#include "strings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace strings {

namespace {

// "1" is one, everything else (0, 2, 0.4) is other. A language with one form has the "one" fields
// filled with its "other" text when its table is read, so this serves every table.
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
    FIELD(choose_single),
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
    FIELD(earlier_title),
    FIELD(earlier_body),
};
#undef FIELD
static_assert(std::size(kFields) * sizeof(const char*) == sizeof(Table), "a name for every field");

Table empty_table() {
    Table table{};
    for (const Field& field : kFields)
        table.*field.member = "";
    return table;
}

// "about_minutes_one" -> "about_minutes_other"; "" when the name is not the "one" form of a
// field that has an "other" form.
std::string other_form(std::string_view name) {
    constexpr std::string_view kOne = "_one";
    if (name.size() <= kOne.size() || name.substr(name.size() - kOne.size()) != kOne)
        return "";
    const std::string other = std::string(name.substr(0, name.size() - kOne.size())) + "_other";
    const auto is_other = [&other](const Field& f) { return other == f.name; };
    return std::any_of(std::begin(kFields), std::end(kFields), is_other) ? other : "";
}

} // namespace

Words::Words() : table(empty_table()) {}

bool read_table(std::string_view json_text, Words& out, std::vector<std::string>& problems) {
    using Json = nlohmann::ordered_json;
    const Json file = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    const auto texts = file.is_object() ? file.find("strings") : file.end();
    const auto locale = file.is_object() ? file.find("locale") : file.end();
    if (texts == file.end() || !texts->is_object() || locale == file.end() ||
        !locale->is_string()) {
        problems.push_back(
            R"(not a table of the screens' words: expected {"locale": TAG, "strings": {...}})");
        return false;
    }
    Words words;
    words.locale = locale->get<std::string>();
    const auto plural_rule = file.find("plural");
    words.one_form = plural_rule == file.end() || *plural_rule != "other";
    words.texts.resize(std::size(kFields));
    std::array<bool, std::size(kFields)> have{};
    for (size_t i = 0; i < std::size(kFields); i++) {
        const std::string name = kFields[i].name;
        // A language with one plural form writes only the "other" form.
        const std::string other = words.one_form ? "" : other_form(name);
        const auto text = texts->find(other.empty() ? name : other);
        if (text == texts->end()) {
            problems.push_back("/strings/" + name + ": missing");
        } else if (!text->is_string()) {
            problems.push_back("/strings/" + name + ": not a string");
        } else {
            words.texts[i] = text->get<std::string>();
            have[i] = true;
        }
    }
    for (const auto& entry : texts->items()) {
        const std::string& name = entry.key();
        const auto is_named = [&name](const Field& f) { return name == f.name; };
        if (std::none_of(std::begin(kFields), std::end(kFields), is_named))
            problems.push_back("/strings/" + name + ": not a word of the screens (ignored)");
    }
    if (const auto dates = file.find("dates"); dates != file.end() && dates->is_object()) {
        words.dates.facts_checked = dates->value("facts_checked", std::string());
        if (const auto months = dates->find("month_names");
            months != dates->end() && months->is_array()) {
            for (const Json& month : *months)
                words.dates.month_names.push_back(month.is_string() ? month.get<std::string>()
                                                                    : "");
        }
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

std::string earlier_version(const Table& t, int version, std::string_view date) {
    return format(t.earlier_body, {std::to_string(version), date});
}

} // namespace strings
