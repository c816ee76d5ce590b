// Compare: two results of one quiz, then and now (exposure/compare.hpp; docs/scoring.md,
// "Compare"). The JSON and text forms are in compare_json.cpp.
//
// [SECTION] Matching by id
// [SECTION] Answers as a result counts them
// [SECTION] compare_results
#include "exposure/compare.hpp"

#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace exposure {

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Matching by id
// -------------------------------------------------------------------------------------------

template <typename T>
int index_of(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

template <typename T>
const T* at(const std::vector<T>& items, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < items.size()
               ? &items[static_cast<std::size_t>(index)]
               : nullptr;
}

std::optional<double> category_score(const ScoreSummary& summary, int index) {
    const CategoryScore* category = at(summary.categories, index);
    return category != nullptr ? category->score : std::nullopt;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Answers as a result counts them
// -------------------------------------------------------------------------------------------

// Each question's answer in one result, by option id; hidden questions read as unanswered
// (their kept answers count nowhere, so the reader sees nothing of them).
std::vector<ComparedAnswer> counted_answers(const Quiz& quiz, const Answers& answers) {
    std::vector<ComparedAnswer> result(quiz.questions.size());
    for (int q : visible_questions(quiz, answers)) {
        const auto index = static_cast<std::size_t>(q);
        if (index >= answers.size()) {
            continue;
        }
        const Question& question = quiz.questions[index];
        ComparedAnswer& counted = result[index];
        counted.state = answers[index].state;
        for (int option : answers[index].options) {
            if (const Option* found = at(question.options, option)) {
                counted.options.push_back(found->id);
            }
        }
    }
    return result;
}

// The same answer whatever order each version lists the options in.
bool same_answer(ComparedAnswer a, ComparedAnswer b) {
    std::sort(a.options.begin(), a.options.end());
    std::sort(b.options.begin(), b.options.end());
    return a == b;
}

bool fix_in_place(const Quiz& quiz, const std::vector<ComparedAnswer>& counted, const Fix& fix) {
    const Question* question = at(quiz.questions, fix.question);
    if (question == nullptr) {
        return false;
    }
    ComparedAnswer wanted{Answer::State::Chosen, {}};
    for (int option : fix.options) {
        if (const Option* found = at(question->options, option)) {
            wanted.options.push_back(found->id);
        }
    }
    return same_answer(counted[static_cast<std::size_t>(fix.question)], std::move(wanted));
}

std::vector<AnswerChange> answer_changes(const ResultSide& then, const ResultSide& now) {
    const std::vector<ComparedAnswer> before = counted_answers(then.quiz, then.result.answers);
    const std::vector<ComparedAnswer> after = counted_answers(now.quiz, now.result.answers);
    std::vector<AnswerChange> changes;
    for (std::size_t q = 0; q < now.quiz.questions.size(); ++q) {
        const std::string& id = now.quiz.questions[q].id;
        const int earlier = index_of(then.quiz.questions, id);
        const ComparedAnswer& answer = after[q];
        if (earlier < 0) {
            if (answer.state != Answer::State::Unanswered) {
                changes.push_back(
                    {AnswerChange::Kind::OnlyNow, id, -1, static_cast<int>(q), {}, answer});
            }
            continue;
        }
        const ComparedAnswer& previous = before[static_cast<std::size_t>(earlier)];
        if (!same_answer(previous, answer)) {
            changes.push_back(
                {AnswerChange::Kind::Changed, id, earlier, static_cast<int>(q), previous, answer});
        }
    }
    for (std::size_t q = 0; q < then.quiz.questions.size(); ++q) {
        const std::string& id = then.quiz.questions[q].id;
        if (index_of(now.quiz.questions, id) < 0 && before[q].state != Answer::State::Unanswered) {
            changes.push_back(
                {AnswerChange::Kind::OnlyThen, id, static_cast<int>(q), -1, before[q], {}});
        }
    }
    return changes;
}

std::vector<PlanItemOutcome> plan_outcomes(const ResultSide& then, const ResultSide& now) {
    using Status = PlanItemOutcome::Status;
    const std::vector<ComparedAnswer> after = counted_answers(now.quiz, now.result.answers);
    std::vector<PlanItemOutcome> outcomes;
    for (int r : ticked_recommendations(then.result.plan)) {
        const Recommendation* ticked = at(then.quiz.recommendations, r);
        if (ticked == nullptr) {
            break; // ticks past the last recommendation name nothing
        }
        PlanItemOutcome item{ticked->id, r, index_of(now.quiz.recommendations, ticked->id),
                             Status::Removed};
        if (const Recommendation* later = at(now.quiz.recommendations, item.now_index)) {
            const bool applies =
                !later->when || condition_holds(now.quiz, now.result.answers, *later->when);
            if (later->fix && fix_in_place(now.quiz, after, *later->fix)) {
                item.status = Status::FixInPlace;
            } else if (!applies) {
                item.status = Status::NoLongerApplies;
            } else {
                item.status = later->fix ? Status::StillToDo : Status::NoFix;
            }
        }
        outcomes.push_back(std::move(item));
    }
    return outcomes;
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] compare_results
// -------------------------------------------------------------------------------------------

Outcome<Comparison> compare_results(const ResultSide& then, const ResultSide& now) {
    Outcome<Comparison> outcome;
    if (then.quiz.id != now.quiz.id) {
        outcome.diagnostics.push_back(Diagnostic{"",
                                                 "cannot compare results of different quizzes ('" +
                                                     then.quiz.id + "' and '" + now.quiz.id + "')",
                                                 0, 0, DiagnosticCode::ShareOtherQuiz});
        return outcome;
    }
    Comparison comparison;
    comparison.then = summary_of(score(then.quiz, then.result.answers));
    comparison.now = summary_of(score(now.quiz, now.result.answers));
    comparison.change = comparison.now.score - comparison.then.score;

    for (std::size_t c = 0; c < now.quiz.categories.size(); ++c) {
        const std::string& id = now.quiz.categories[c].id;
        const int earlier = index_of(then.quiz.categories, id);
        comparison.categories.push_back({id, earlier, static_cast<int>(c),
                                         category_score(comparison.then, earlier),
                                         category_score(comparison.now, static_cast<int>(c))});
    }
    for (std::size_t c = 0; c < then.quiz.categories.size(); ++c) {
        const std::string& id = then.quiz.categories[c].id;
        if (index_of(now.quiz.categories, id) < 0) {
            comparison.categories.push_back({id, static_cast<int>(c), -1,
                                             category_score(comparison.then, static_cast<int>(c)),
                                             std::nullopt});
        }
    }
    comparison.answers = answer_changes(then, now);
    comparison.plan = plan_outcomes(then, now);
    comparison.different_version = then.quiz.published != now.quiz.published ||
                                   structure_hash(then.quiz) != structure_hash(now.quiz);
    comparison.different_language = then.quiz.locale != now.quiz.locale;
    outcome.value = std::move(comparison);
    return outcome;
}

std::string_view plan_item_status_name(PlanItemOutcome::Status status) {
    switch (status) {
    case PlanItemOutcome::Status::FixInPlace:
        return "fix_in_place";
    case PlanItemOutcome::Status::NoLongerApplies:
        return "no_longer_applies";
    case PlanItemOutcome::Status::StillToDo:
        return "still_to_do";
    case PlanItemOutcome::Status::NoFix:
        return "no_fix";
    case PlanItemOutcome::Status::Removed:
        return "removed";
    }
    return "still_to_do";
}

} // namespace exposure
