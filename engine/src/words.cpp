// The screens' words of one language (words.hpp).
#include "exposure/words.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace exposure {

namespace {

constexpr std::string_view kOne = "_one", kOther = "_other";

bool ends_with(std::string_view text, std::string_view tail) {
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

std::string lookup(const std::map<std::string, std::string, std::less<>>& words,
                   std::string_view key) {
    const auto it = words.find(key);
    return it == words.end() ? std::string() : it->second;
}

} // namespace

std::string fill(std::string_view text, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool hole = i + 2 < text.size() && text[i] == '{' && text[i + 2] == '}' &&
                          text[i + 1] >= '0' && text[i + 1] <= '9';
        const std::size_t n = hole ? static_cast<std::size_t>(text[i + 1] - '0') : args.size();
        if (n < args.size()) {
            out += args.begin()[n];
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string Words::say(std::string_view key, std::initializer_list<std::string_view> args) const {
    return fill(lookup(screens, key), args);
}

std::string Words::count(std::string_view key, long long n,
                         std::initializer_list<std::string_view> args) const {
    const bool one = plural_one(plural, n);
    std::string form = std::string(key) + std::string(one ? kOne : kOther);
    if (one && screens.find(form) == screens.end()) {
        form = std::string(key) + std::string(kOther); // a language with one form
    }
    return fill(lookup(screens, form), args);
}

std::string Words::page(std::string_view key, std::initializer_list<std::string_view> args) const {
    return fill(lookup(questions_page, key), args);
}

const std::vector<std::string_view>& screen_word_keys() {
    static const std::vector<std::string_view> keys = {
        // Intro
        "link_failed_title", "link_outdated", "link_damaged", "link_take_again", "link_details",
        "privacy_self_check", "about_minutes", "topics", "private_by_design", "privacy_title",
        "privacy_body", "start", "no_sign_up",
        // Question
        "question_count", "question_announced", "choose_single", "choose_all", "prefer_not_to_say",
        "why_we_ask", "source", "sources", "sources_loading", "sources_failed", "back", "next",
        "see_result",
        // Results
        "your_result", "score_announced", "out_of_100", "score_name", "by_topic", "not_assessed",
        "named_value", "what_weighs_most", "nothing_adds", "answers_separator", "points_added",
        "points_note", "what_to_do_first", "saves_points", "show_all", "show_fewer",
        "keep_or_share", "share_body", "copy_link", "copied", "change_answers", "retake",
        "print_plan", "skipped", "earlier_title", "earlier_body", "in_my_plan", "plan_hint",
        "plan_projection", "with_plan_named", "compare_heading", "compare_score", "then_now",
        "compare_answers", "compare_no_answers", "answer_then_now", "answer_then", "answer_now",
        "not_answered", "answer_changed", "answer_only_then", "answer_only_now", "compare_plan",
        "plan_done", "plan_to_do", "plan_no_fix", "plan_removed", "compare_other_version",
        "compare_other_language", "compare_failed_title", "what_if_show", "what_if_hide",
        "what_if_heading", "what_if_with", "what_if_without", "what_if_score", "compare_earlier"};
    return keys;
}

bool is_counted_word(std::string_view key) {
    return key == "about_minutes" || key == "saves_points" || key == "skipped";
}

Outcome<Words> read_words(std::string_view json_text) {
    Outcome<Words> outcome;
    const auto problem = [&](DiagnosticCode code, std::string pointer, std::string message) {
        Diagnostic d;
        d.pointer = std::move(pointer);
        d.message = std::move(message);
        d.code = code;
        outcome.diagnostics.push_back(std::move(d));
    };
    const nlohmann::json file = nlohmann::json::parse(json_text, nullptr, false);
    const auto strings = file.is_object() ? file.find("strings") : file.end();
    const auto locale = file.is_object() ? file.find("locale") : file.end();
    if (strings == file.end() || !strings->is_object() || locale == file.end() ||
        !locale->is_string()) {
        problem(DiagnosticCode::InvalidValue, "",
                R"(not the screens' words: expected {"locale": TAG, "strings": {...}})");
        return outcome;
    }
    Words words;
    words.locale = locale->get<std::string>();
    const auto plural = file.find("plural");
    words.plural =
        plural != file.end() && *plural == "other" ? PluralRule::Other : PluralRule::OneOther;
    for (const auto& [key, text] : strings->items()) {
        if (!text.is_string()) {
            problem(DiagnosticCode::WrongType, "/strings/" + key, "not a string");
            continue;
        }
        words.screens.emplace(key, text.get<std::string>());
    }
    // Every word the screens use, in each form the language has; nothing else.
    for (const std::string_view key : screen_word_keys()) {
        std::vector<std::string> forms;
        if (is_counted_word(key)) {
            forms.push_back(std::string(key) + std::string(kOther));
            if (words.plural == PluralRule::OneOther) {
                forms.push_back(std::string(key) + std::string(kOne));
            }
        } else {
            forms.emplace_back(key);
        }
        for (const std::string& form : forms) {
            if (words.screens.find(form) == words.screens.end()) {
                problem(DiagnosticCode::TranslationMissing, "/strings/" + form, "missing");
            }
        }
    }
    for (const auto& [key, text] : words.screens) {
        std::string_view base = key;
        if (ends_with(base, kOne)) {
            base.remove_suffix(kOne.size());
        } else if (ends_with(base, kOther)) {
            base.remove_suffix(kOther.size());
        }
        const auto& keys = screen_word_keys();
        const bool known = is_counted_word(base)
                               ? base != key
                               : std::find(keys.begin(), keys.end(), key) != keys.end();
        if (!known) {
            problem(DiagnosticCode::UnknownKey, "/strings/" + key,
                    "not a word of the screens (ignored)");
        }
    }
    if (const auto dates = file.find("dates"); dates != file.end() && dates->is_object()) {
        words.dates.facts_checked = dates->value("facts_checked", std::string());
        if (const auto months = dates->find("month_names");
            months != dates->end() && months->is_array()) {
            for (const auto& month : *months) {
                words.dates.month_names.push_back(month.is_string() ? month.get<std::string>()
                                                                    : std::string());
            }
        }
    }
    outcome.value = std::move(words);
    return outcome;
}

std::string write_words(const Words& words) {
    nlohmann::ordered_json file = nlohmann::ordered_json::object();
    file["locale"] = words.locale;
    file["plural"] = words.plural == PluralRule::Other ? "other" : "one-other";
    file["strings"] = nlohmann::ordered_json::object();
    for (const auto& [key, text] : words.screens) {
        file["strings"][key] = text;
    }
    file["dates"] = {{"facts_checked", words.dates.facts_checked},
                     {"month_names", words.dates.month_names}};
    return file.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Words words_of(const std::vector<const Locale*>& chain) {
    Words words;
    if (chain.empty()) {
        return words;
    }
    words.locale = chain.front()->id;
    words.plural = chain.back()->plural; // a variant keeps its base language's rule
    const auto section = [](std::string_view key, std::string_view name) {
        return key.size() > name.size() + 1 && key.substr(0, name.size()) == name &&
               key[name.size()] == '.';
    };
    for (const auto& [key, text] : resolved_words(chain)) {
        if (section(key, "screens")) {
            words.screens.emplace(key.substr(8), text);
        } else if (section(key, "questions_page")) {
            words.questions_page.emplace(key.substr(15), text);
        } else if (key == "dates.facts_checked") {
            words.dates.facts_checked = text;
        }
    }
    words.dates.month_names = resolved_month_names(chain);
    return words;
}

} // namespace exposure
