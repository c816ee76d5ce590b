// Analysis of a quiz as a whole, for content authors: lint (warnings about content that loads
// but cannot work as intended) and stats (the range of scores a reader can reach).
//
// Both are pure functions of a Quiz; neither reads a clock (the CLI times them).
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <cstdint>
#include <vector>

namespace exposure {

// Warnings, each with the JSON pointer of the content it is about (line and column are 0):
//   /questions/N/show_if      the question can never be shown
//   /questions/N/options/M    option M cannot be told apart from an earlier option of the same
//                             (single) question: same points, and no condition or fix names
//                             one without the other
//   /recommendations/N/when   the recommendation can never apply
//   /recommendations/N/fix    its fix is on a question that can never be shown (delta always 0)
//   /categories/N             the category can never score above 0 (or has no questions)
// "Never" is decided exactly, by enumerating the answers of the questions a condition depends
// on (see engine/src/lint.cpp); when that would take too long, no warning is given rather than a
// false one.
std::vector<Diagnostic> lint(const Quiz& quiz);

struct StatsOptions {
    // Exact when the answer combinations that must be enumerated number at most this many.
    std::uint64_t exact_limit = 2'000'000;
    int restarts = 48;             // random starts of the search used beyond that
    std::uint32_t seed = 20261126; // the search is deterministic for a given seed
};

struct QuizStats {
    int questions = 0;
    int single_questions = 0;
    int multi_questions = 0;
    int conditional_questions = 0; // with a show_if
    int skippable_questions = 0;
    int categories = 0;
    int bands = 0;
    int recommendations = 0;

    // Lowest and highest overall score over complete answer sets (every visible question
    // answered or, where allowed, skipped), and an answer set that reaches each.
    double min_score = 0;
    double max_score = 0;
    Answers min_answers;
    Answers max_answers;
    bool exact = false;         // false: the best a search found (see engine/src/stats.cpp)
    std::uint64_t examined = 0; // answer-set classes evaluated
};

QuizStats stats(const Quiz& quiz, const StatsOptions& options = {});

} // namespace exposure
