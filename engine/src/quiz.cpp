// Look-ups on the quiz model, and the content hash.
#include "exposure/quiz.hpp"

#include "exposure/hash.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

namespace exposure {

int Quiz::find_question(std::string_view question_id) const {
    for (std::size_t i = 0; i < questions.size(); ++i) {
        if (questions[i].id == question_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int find_option(const Question& question, std::string_view option_id) {
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        if (question.options[i].id == option_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

namespace {

bool is_exclusive(const Question& question, int option) {
    return option >= 0 && static_cast<std::size_t>(option) < question.options.size() &&
           question.options[static_cast<std::size_t>(option)].exclusive;
}

} // namespace

int exclusive_conflict(const Question& question, const std::vector<int>& chosen_options) {
    for (int option : chosen_options) {
        if (!is_exclusive(question, option)) {
            continue;
        }
        for (int other : chosen_options) {
            if (other != option) {
                return option;
            }
        }
    }
    return -1;
}

std::vector<int> toggle_option(const Question& question, const std::vector<int>& chosen_options,
                               int option) {
    const bool chosen =
        std::find(chosen_options.begin(), chosen_options.end(), option) != chosen_options.end();
    std::vector<int> result;
    if (chosen) {
        std::copy_if(chosen_options.begin(), chosen_options.end(), std::back_inserter(result),
                     [&](int kept) { return kept != option; });
    } else if (is_exclusive(question, option)) {
        result = {option};
    } else {
        std::copy_if(chosen_options.begin(), chosen_options.end(), std::back_inserter(result),
                     [&](int kept) {
                         return kept >= 0 &&
                                static_cast<std::size_t>(kept) < question.options.size() &&
                                !is_exclusive(question, kept);
                     });
        result.push_back(option);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::uint32_t fnv1a_32(std::string_view bytes) {
    std::uint32_t hash = 2166136261u;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

namespace {

// One language's way of saying when the facts were checked. Add a row to add a language; a
// language whose dates read differently (e.g. "2026 年 12 月") gets its own `format`.
struct FactsCheckedWording {
    std::string_view locale; // a locale or its prefix ("en", "zh", "zh-Hant"): the longest wins
    std::array<std::string_view, 12> months;
    std::string (*format)(std::string_view month_name, std::string_view year, int month);
};

std::string english(std::string_view month_name, std::string_view year, int /*month*/) {
    return "Facts checked " + std::string(month_name) + " " + std::string(year);
}

// Chinese dates name months by number, with spaces between digits and characters as the
// content files write them.
std::string simplified(std::string_view /*month_name*/, std::string_view year, int month) {
    return "事实核查于 " + std::string(year) + " 年 " + std::to_string(month) + " 月";
}
std::string traditional(std::string_view /*month_name*/, std::string_view year, int month) {
    return "事實查核於 " + std::string(year) + " 年 " + std::to_string(month) + " 月";
}

constexpr std::array<FactsCheckedWording, 6> kFactsCheckedWordings{{
    {"en",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"},
     &english},
    {"zh", {}, &simplified},
    {"zh-Hant", {}, &traditional},
    {"zh-TW", {}, &traditional},
    {"zh-HK", {}, &traditional},
    {"zh-MO", {}, &traditional},
}};

// "zh-Hant-TW" starts with the locale "zh-Hant"; "zh-Hantx" does not.
bool starts_with_locale(std::string_view locale, std::string_view prefix) {
    return locale.substr(0, prefix.size()) == prefix &&
           (locale.size() == prefix.size() || locale[prefix.size()] == '-' ||
            locale[prefix.size()] == '_');
}

} // namespace

std::string facts_checked_line(const Quiz& quiz) {
    // The loader accepts only "YYYY-MM" and "YYYY-MM-DD" with a month from 01 to 12.
    if (quiz.reviewed.size() < 7) {
        return "";
    }
    const int month = (quiz.reviewed[5] - '0') * 10 + (quiz.reviewed[6] - '0');
    if (month < 1 || month > 12) {
        return "";
    }
    const FactsCheckedWording* wording = &kFactsCheckedWordings[0];
    for (const FactsCheckedWording& candidate : kFactsCheckedWordings) {
        if (starts_with_locale(quiz.locale, candidate.locale) &&
            candidate.locale.size() >= wording->locale.size()) {
            wording = &candidate;
        }
    }
    return wording->format(wording->months[static_cast<std::size_t>(month - 1)],
                           std::string_view(quiz.reviewed).substr(0, 4), month);
}

} // namespace exposure
