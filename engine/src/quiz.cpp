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

std::string facts_checked_line(const Quiz& quiz, const DateWords& words) {
    // The loader accepts only "YYYY-MM" and "YYYY-MM-DD" with a month from 01 to 12.
    if (quiz.reviewed.size() < 7 || words.facts_checked.empty()) {
        return "";
    }
    const int month = (quiz.reviewed[5] - '0') * 10 + (quiz.reviewed[6] - '0');
    if (month < 1 || month > 12) {
        return "";
    }
    const std::string year = quiz.reviewed.substr(0, 4);
    const std::string name = words.month_names.size() == 12
                                 ? words.month_names[static_cast<std::size_t>(month - 1)]
                                 : std::to_string(month);
    std::string line;
    const std::string& pattern = words.facts_checked;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '2') {
            line += pattern[i + 1] == '0'   ? year
                    : pattern[i + 1] == '1' ? std::to_string(month)
                                            : name;
            i += 2;
        } else {
            line += pattern[i];
        }
    }
    return line;
}

} // namespace exposure
