// Private building blocks of scoring.cpp, shared with lint.cpp and stats.cpp.
//
// The public functions in scoring.hpp recompute visibility on every call; these take a
// visibility vector that the caller keeps, so loops (what-if, stats, lint) do the work once.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"

#include <vector>

namespace exposure::detail {

// The answer to `question` if it exists and is Chosen, else nullptr (unanswered, skipped, or
// `answers` shorter than the quiz).
const Answer* chosen_answer(const Answers& answers, int question);

bool contains(const std::vector<int>& sorted_or_not, int value);

// Evaluates `condition` given the visibility already computed for the questions it names.
// `visible` is indexed like Quiz::questions; entries not yet computed must be 0 (false).
bool evaluate(const Quiz& quiz, const Answers& answers, const std::vector<char>& visible,
              const Condition& condition);

// Visibility of questions [0, end) in content order (show_if only names earlier questions, so
// one pass is enough). `visible` is resized to the quiz's question count; entries >= end are 0.
void compute_visibility(const Quiz& quiz, const Answers& answers, std::vector<char>& visible,
                        int end);

// Σ points and Σ max per category over the answered (Chosen) visible questions.
struct Tally {
    std::vector<double> earned;
    std::vector<double> possible;
};
void tally(const Quiz& quiz, const Answers& answers, const std::vector<char>& visible, Tally& out);

// The overall score of a tally: Σ w_c S_c / Σ w_c over assessed categories, 0 if none.
double overall_from_tally(const Quiz& quiz, const Tally& tally);

} // namespace exposure::detail
