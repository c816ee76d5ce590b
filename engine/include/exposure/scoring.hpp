// Scoring: visibility, points, category and overall scores, contributions, bands, what-if and
// recommendation order, in double precision.
//
// Pure functions of (Quiz, Answers). The CLI and the web page both print these values, so they
// agree to the digit; the UI only rounds for display. The rules, in plain words and formulas,
// are in docs/scoring.md.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace exposure {

// Condition and visibility on the current answers (invisible or unanswered => false).
bool condition_holds(const Quiz& quiz, const Answers& answers, const Condition& condition);
bool is_visible(const Quiz& quiz, const Answers& answers, int question);
std::vector<int> visible_questions(const Quiz& quiz, const Answers& answers);

// max(q): the most points an answer can earn. Single: the largest option's points. Multi: the
// sum of all options' points, capped by `cap` when there is one. The loader stores it in
// Question::max_points; this is the one place that computes it.
double max_points(const Question& question);

// points(q) for an answered question; 0 for unanswered or skipped. Multi: the sum of the chosen
// options' points, at most max(q).
double question_points(const Question& question, const Answer& answer);

struct CategoryScore {
    std::optional<double> score; // nullopt: not assessed
    // band of `score` by the same rule as the overall band; nullopt when not assessed
    std::optional<int> band;
    double earned = 0;   // Σ points(q) over answered visible questions
    double possible = 0; // Σ max(q), the category's denominator M_c
};

struct Contribution {
    int question = -1;
    double points = 0; // share of the overall score; all contributions add up to the score
};

struct WhatIf {
    int question = -1;
    Answer best_answer; // the alternative answer that lowers the score most (== current if none)
    double score = 0;   // overall score with that answer
};

struct RecommendationResult {
    int recommendation = -1;
    std::optional<double> delta; // what-if score minus current score; nullopt without a fix
};

struct Report {
    double score = 0;                                  // 0..100
    int band = 0;                                      // index into Quiz::bands
    std::vector<CategoryScore> categories;             // indexed like Quiz::categories
    std::vector<Contribution> contributions;           // answered visible questions, content order
    std::vector<WhatIf> what_ifs;                      // answered visible questions, content order
    std::vector<RecommendationResult> recommendations; // applicable ones, in display order
    int visible = 0;
    int answered = 0; // visible questions that are answered or skipped
    int skipped = 0;  // visible questions the reader chose not to answer; the score leaves them out
};

// The band of a score: the first band whose max is >= score, with a tolerance of 1e-9 so that
// rounding in a weighted mean never moves a reader across an edge; past the last band, the last.
// -1 only when the quiz has no bands.
int band_for_score(const Quiz& quiz, double score);

// The contributions worth showing as "what weighs most": those with points > 0, by points
// descending, equal points in content order, at most `limit` of them.
std::vector<Contribution> top_contributions(const Report& report, std::size_t limit = 5);

// Only the overall score: cheap enough to call in loops (what-if, stats, search).
double overall_score(const Quiz& quiz, const Answers& answers);

// "What each other answer would do" for one question: one entry per option whose click changes
// the answer, in option order. Single: choosing that option (every option but the chosen one).
// Multi: clicking it as a reader would (toggle_option, quiz.hpp), leaving out a click that
// empties the answer. Works on any question, answered or not; everything else stays as it is,
// and visibility is re-evaluated, so a question that is hidden gives the current score for every
// answer. Report::what_ifs picks the best of the same answers. Empty for a question out of range.
struct AnswerWhatIf {
    int option = -1;  // the option clicked
    Answer answer;    // the whole answer after the click
    double score = 0; // the overall score with it
    double delta = 0; // score minus the current score
};
std::vector<AnswerWhatIf> what_if_answers(const Quiz& quiz, const Answers& answers, int question);

Report score(const Quiz& quiz, const Answers& answers);

} // namespace exposure
