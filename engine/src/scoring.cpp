// Scoring: the rules of docs/scoring.md (API in exposure/scoring.hpp), implemented literally,
// in double precision.
//
// [SECTION] Conditions and visibility
// [SECTION] Points and tallies
// [SECTION] Bands and top contributions
// [SECTION] What-if
// [SECTION] Recommendations
// [SECTION] Public API
//
// Readings of the contract worth knowing (each has a test in tests/engine/scoring_test.cpp):
// - A leaf condition ({"q","is"}, {"q","in"}, {"q","has"}) on a question that is unanswered,
//   skipped or invisible is false. `not` is plain logic on top of that, so
//   {"not": {"q": X, "is": A}} is TRUE while X is unanswered.
// - `is` means "the answer is exactly this option" (for a multi question: exactly {OPT});
//   `in` means "some chosen option is in the list"; `has` means "the chosen set contains OPT".
//   For a single question `is` and `has` agree. `all` of nothing is true, `any` of nothing false.
// - Answers to questions that become invisible are kept in Answers but count nowhere: not in
//   scores, not in conditions.
// - Malformed answers (indices out of range, `answers` shorter than the quiz) never crash:
//   out-of-range options are ignored and missing slots are unanswered.
// - The score is clamped to [0, 100] against rounding (mathematically it is always inside).
// - Band edges, what-if "lower" and recommendation ties compare with a 1e-9 tolerance so that
//   rounding in a weighted mean never moves a reader across an edge or reorders equal deltas.
#include "scoring_detail.hpp"

#include "exposure/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace exposure {

namespace {

constexpr double kTolerance = 1e-9;

int question_count(const Quiz& quiz) {
    return static_cast<int>(quiz.questions.size());
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] Conditions and visibility
// -------------------------------------------------------------------------------------------

namespace detail {

const Answer* chosen_answer(const Answers& answers, int question) {
    if (question < 0 || static_cast<std::size_t>(question) >= answers.size()) {
        return nullptr;
    }
    const Answer& answer = answers[static_cast<std::size_t>(question)];
    return answer.state == Answer::State::Chosen ? &answer : nullptr;
}

bool contains(const std::vector<int>& values, int value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool evaluate(const Quiz& quiz, const Answers& answers, const std::vector<char>& visible,
              const Condition& condition) {
    const auto holds = [&](const Condition& child) {
        return evaluate(quiz, answers, visible, child);
    };
    switch (condition.kind) {
    case Condition::Kind::Is:
    case Condition::Kind::In:
    case Condition::Kind::Has: {
        const int q = condition.question;
        if (q < 0 || q >= question_count(quiz) || static_cast<std::size_t>(q) >= visible.size() ||
            !visible[static_cast<std::size_t>(q)]) {
            return false;
        }
        const Answer* answer = chosen_answer(answers, q);
        if (answer == nullptr || condition.options.empty()) {
            return false;
        }
        if (condition.kind == Condition::Kind::Is) {
            return answer->options.size() == 1 && answer->options[0] == condition.options[0];
        }
        if (condition.kind == Condition::Kind::Has) {
            return contains(answer->options, condition.options[0]);
        }
        for (int option : answer->options) {
            if (contains(condition.options, option)) {
                return true;
            }
        }
        return false;
    }
    case Condition::Kind::All:
        return std::all_of(condition.children.begin(), condition.children.end(), holds);
    case Condition::Kind::Any:
        return std::any_of(condition.children.begin(), condition.children.end(), holds);
    case Condition::Kind::Not:
        // Exactly one child in valid content; with several, "not all of them"; with none, true.
        return condition.children.empty() ||
               !std::all_of(condition.children.begin(), condition.children.end(), holds);
    }
    return false;
}

void compute_visibility(const Quiz& quiz, const Answers& answers, std::vector<char>& visible,
                        int end) {
    visible.assign(quiz.questions.size(), 0);
    end = std::clamp(end, 0, question_count(quiz));
    for (int q = 0; q < end; ++q) {
        const Question& question = quiz.questions[static_cast<std::size_t>(q)];
        visible[static_cast<std::size_t>(q)] =
            !question.show_if || evaluate(quiz, answers, visible, *question.show_if) ? 1 : 0;
    }
}

// -------------------------------------------------------------------------------------------
// [SECTION] Points and tallies
// -------------------------------------------------------------------------------------------

void tally(const Quiz& quiz, const Answers& answers, const std::vector<char>& visible, Tally& out) {
    out.earned.assign(quiz.categories.size(), 0.0);
    out.possible.assign(quiz.categories.size(), 0.0);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        const Answer* answer = chosen_answer(answers, static_cast<int>(q));
        if (answer == nullptr || q >= visible.size() || !visible[q] || question.category < 0 ||
            static_cast<std::size_t>(question.category) >= quiz.categories.size()) {
            continue;
        }
        const auto c = static_cast<std::size_t>(question.category);
        out.earned[c] += question_points(question, *answer);
        out.possible[c] += question.max_points;
    }
}

double overall_from_tally(const Quiz& quiz, const Tally& t) {
    double weighted = 0;
    double weights = 0;
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        if (t.possible[c] > 0) {
            const double category_score = std::min(100.0, 100.0 * t.earned[c] / t.possible[c]);
            weighted += quiz.categories[c].weight * category_score;
            weights += quiz.categories[c].weight;
        }
    }
    if (weights <= 0) {
        return 0;
    }
    return std::clamp(weighted / weights, 0.0, 100.0);
}

} // namespace detail

// -------------------------------------------------------------------------------------------
// [SECTION] Bands and top contributions
// -------------------------------------------------------------------------------------------

int band_for_score(const Quiz& quiz, double score) {
    for (std::size_t b = 0; b < quiz.bands.size(); ++b) {
        if (score <= quiz.bands[b].max + kTolerance) {
            return static_cast<int>(b);
        }
    }
    return static_cast<int>(quiz.bands.size()) - 1;
}

std::vector<Contribution> top_contributions(const Report& report, std::size_t limit) {
    std::vector<Contribution> top;
    for (const Contribution& contribution : report.contributions) {
        if (contribution.points > 0) {
            top.push_back(contribution);
        }
    }
    std::stable_sort(top.begin(), top.end(), [](const Contribution& a, const Contribution& b) {
        return a.points > b.points;
    });
    if (top.size() > limit) {
        top.resize(limit);
    }
    return top;
}

// -------------------------------------------------------------------------------------------
// [SECTION] What-if
// -------------------------------------------------------------------------------------------

namespace {

// The alternative answers worth trying for a question answered with `current`:
// single: every other option; multi: the current set with each option toggled as a reader's
// click would (toggle_option, quiz.hpp) and each exclusive option alone. A multi answer keeps at
// least one option, so emptying the set is not a candidate.
std::vector<Answer> alternatives(const Question& question, const Answer& current) {
    std::vector<Answer> result;
    const int count = static_cast<int>(question.options.size());
    auto add = [&](std::vector<int> options) {
        std::sort(options.begin(), options.end());
        options.erase(std::unique(options.begin(), options.end()), options.end());
        if (options.empty() || options == current.options) {
            return;
        }
        for (const Answer& existing : result) {
            if (existing.options == options) {
                return;
            }
        }
        result.push_back(Answer{Answer::State::Chosen, std::move(options)});
    };
    if (question.kind == QuestionKind::Single) {
        for (int o = 0; o < count; ++o) {
            add({o});
        }
        return result;
    }
    for (int o = 0; o < count; ++o) {
        add(toggle_option(question, current.options, o));
    }
    for (int o = 0; o < count; ++o) {
        if (question.options[static_cast<std::size_t>(o)].exclusive) {
            add({o});
        }
    }
    return result;
}

WhatIf what_if(const Quiz& quiz, Answers& scratch, int q, double current_score) {
    const auto index = static_cast<std::size_t>(q);
    const Answer current = scratch[index];
    WhatIf result{q, current, current_score};
    for (Answer& candidate : alternatives(quiz.questions[index], current)) {
        scratch[index] = candidate;
        const double candidate_score = overall_score(quiz, scratch);
        if (candidate_score < result.score - kTolerance) {
            result.best_answer = std::move(candidate);
            result.score = candidate_score;
        }
    }
    scratch[index] = current;
    return result;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Recommendations
// -------------------------------------------------------------------------------------------

std::vector<RecommendationResult> recommendations(const Quiz& quiz, const Answers& answers,
                                                  const std::vector<char>& visible,
                                                  double current_score) {
    std::vector<RecommendationResult> fixed;
    std::vector<RecommendationResult> unfixed;
    Answers scratch = answers;
    scratch.resize(quiz.questions.size());
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        const Recommendation& recommendation = quiz.recommendations[r];
        if (recommendation.when &&
            !detail::evaluate(quiz, answers, visible, *recommendation.when)) {
            continue;
        }
        const int id = static_cast<int>(r);
        const std::optional<Fix>& fix = recommendation.fix;
        if (!fix || fix->question < 0 || fix->question >= question_count(quiz)) {
            unfixed.push_back({id, std::nullopt});
            continue;
        }
        const auto index = static_cast<std::size_t>(fix->question);
        const Answer saved = scratch[index];
        Answer substituted{Answer::State::Chosen, fix->options};
        std::sort(substituted.options.begin(), substituted.options.end());
        scratch[index] = std::move(substituted);
        const double fixed_score = overall_score(quiz, scratch);
        scratch[index] = saved;
        fixed.push_back({id, fixed_score - current_score});
    }
    // Deltas that differ by rounding only (< 1e-9 points) are ties and keep content order.
    auto key = [](const RecommendationResult& r) { return std::llround(*r.delta * 1e9); };
    std::stable_sort(fixed.begin(), fixed.end(),
                     [&](const auto& a, const auto& b) { return key(a) < key(b); });
    fixed.insert(fixed.end(), unfixed.begin(), unfixed.end());
    return fixed;
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] Public API
// -------------------------------------------------------------------------------------------

bool condition_holds(const Quiz& quiz, const Answers& answers, const Condition& condition) {
    std::vector<char> visible;
    detail::compute_visibility(quiz, answers, visible, question_count(quiz));
    return detail::evaluate(quiz, answers, visible, condition);
}

bool is_visible(const Quiz& quiz, const Answers& answers, int question) {
    if (question < 0 || question >= question_count(quiz)) {
        return false;
    }
    std::vector<char> visible;
    detail::compute_visibility(quiz, answers, visible, question + 1);
    return visible[static_cast<std::size_t>(question)] != 0;
}

std::vector<int> visible_questions(const Quiz& quiz, const Answers& answers) {
    std::vector<char> visible;
    detail::compute_visibility(quiz, answers, visible, question_count(quiz));
    std::vector<int> result;
    for (std::size_t q = 0; q < visible.size(); ++q) {
        if (visible[q]) {
            result.push_back(static_cast<int>(q));
        }
    }
    return result;
}

double max_points(const Question& question) {
    double largest = 0;
    double sum = 0;
    for (const Option& option : question.options) {
        largest = std::max(largest, option.points);
        sum += option.points;
    }
    if (question.kind == QuestionKind::Single) {
        return largest;
    }
    return question.cap ? std::min(*question.cap, sum) : sum;
}

double question_points(const Question& question, const Answer& answer) {
    if (answer.state != Answer::State::Chosen) {
        return 0;
    }
    const int count = static_cast<int>(question.options.size());
    double sum = 0;
    for (int option : answer.options) {
        if (option >= 0 && option < count) {
            sum += question.options[static_cast<std::size_t>(option)].points;
            if (question.kind == QuestionKind::Single) {
                break; // a single answer has one option; ignore any extra
            }
        }
    }
    return question.kind == QuestionKind::Multi ? std::min(question.max_points, sum) : sum;
}

double overall_score(const Quiz& quiz, const Answers& answers) {
    std::vector<char> visible;
    detail::compute_visibility(quiz, answers, visible, question_count(quiz));
    detail::Tally t;
    detail::tally(quiz, answers, visible, t);
    return detail::overall_from_tally(quiz, t);
}

std::vector<AnswerWhatIf> what_if_answers(const Quiz& quiz, const Answers& answers, int question) {
    std::vector<AnswerWhatIf> result;
    if (question < 0 || question >= question_count(quiz)) {
        return result;
    }
    const auto index = static_cast<std::size_t>(question);
    const Question& q = quiz.questions[index];
    Answers scratch = answers;
    scratch.resize(quiz.questions.size());
    const double current_score = overall_score(quiz, scratch);
    // An unanswered or skipped question has no options chosen: every click is a change.
    const Answer current =
        scratch[index].state == Answer::State::Chosen ? scratch[index] : Answer{};
    for (int o = 0; o < static_cast<int>(q.options.size()); ++o) {
        std::vector<int> options = q.kind == QuestionKind::Single
                                       ? std::vector<int>{o}
                                       : toggle_option(q, current.options, o);
        if (options.empty() || options == current.options) {
            continue;
        }
        scratch[index] = Answer{Answer::State::Chosen, std::move(options)};
        const double score = overall_score(quiz, scratch);
        result.push_back({o, scratch[index], score, score - current_score});
    }
    return result;
}

Report score(const Quiz& quiz, const Answers& answers) {
    Report report;
    std::vector<char> visible;
    detail::compute_visibility(quiz, answers, visible, question_count(quiz));
    detail::Tally t;
    detail::tally(quiz, answers, visible, t);
    report.score = detail::overall_from_tally(quiz, t);
    report.band = band_for_score(quiz, report.score);

    double assessed_weight = 0;
    report.categories.resize(quiz.categories.size());
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        CategoryScore& category = report.categories[c];
        category.earned = t.earned[c];
        category.possible = t.possible[c];
        if (t.possible[c] > 0) {
            category.score = std::min(100.0, 100.0 * t.earned[c] / t.possible[c]);
            category.band = band_for_score(quiz, *category.score);
            assessed_weight += quiz.categories[c].weight;
        }
    }

    Answers scratch = answers;
    scratch.resize(quiz.questions.size());
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (!visible[q]) {
            continue;
        }
        ++report.visible;
        if (scratch[q].state == Answer::State::Skipped) {
            ++report.skipped;
        }
        if (scratch[q].state != Answer::State::Unanswered) {
            ++report.answered;
        }
        const Answer* answer = detail::chosen_answer(scratch, static_cast<int>(q));
        const Question& question = quiz.questions[q];
        if (answer == nullptr || question.category < 0 ||
            static_cast<std::size_t>(question.category) >= quiz.categories.size()) {
            continue;
        }
        const auto c = static_cast<std::size_t>(question.category);
        double contribution = 0;
        if (t.possible[c] > 0 && assessed_weight > 0) {
            contribution = (quiz.categories[c].weight / assessed_weight) * 100.0 *
                           question_points(question, *answer) / t.possible[c];
        }
        report.contributions.push_back({static_cast<int>(q), contribution});
        report.what_ifs.push_back(what_if(quiz, scratch, static_cast<int>(q), report.score));
    }
    report.recommendations = recommendations(quiz, answers, visible, report.score);
    return report;
}

} // namespace exposure
