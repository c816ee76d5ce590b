// Compare: a result link opened beside an earlier one, "then and now". The rules, in words:
// docs/scoring.md ("Compare").
//
// The two results are of the same quiz, each with the Quiz it was made on: a link opens on the
// published version it was made on (versions.hpp), so the two may be different versions, and
// each is shown in a language of the reader's choosing. Everything that could be matched by
// index is matched by id instead (categories, questions, options, recommendations), since
// versions add, remove and reorder them.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/plan.hpp"
#include "exposure/quiz.hpp"
#include "exposure/share.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

// One side of a comparison: a decoded result (decode_shared_result) and the quiz it was made on.
struct ResultSide {
    const Quiz& quiz;
    const SharedResult& result;
};

// A category of either version, by id; -1 where that version has no such category.
struct CategoryChange {
    std::string id;
    int then_index = -1;
    int now_index = -1;
    std::optional<double> then; // nullopt: not assessed, or not in that version
    std::optional<double> now;
};

// An answer as a comparison sees it: how the result counts it, options by id (content order).
// A question hidden in that result counts nowhere, so its kept answer reads as unanswered.
struct ComparedAnswer {
    Answer::State state = Answer::State::Unanswered;
    std::vector<std::string> options;

    bool operator==(const ComparedAnswer&) const = default;
};

struct AnswerChange {
    enum class Kind {
        Changed,  // in both versions, answered differently
        OnlyThen, // only the earlier version has the question; it was answered then
        OnlyNow,  // only the later version has the question; it is answered now
    };
    Kind kind = Kind::Changed;
    std::string question; // id
    int then_index = -1;  // -1: not in that version
    int now_index = -1;
    ComparedAnswer then;
    ComparedAnswer now;
};

// What became of a recommendation ticked in the earlier result's plan, judged on the later one.
struct PlanItemOutcome {
    enum class Status {
        FixInPlace,      // done: the later answers are its fix's answer
        NoLongerApplies, // done: its `when` does not hold on the later answers
        StillToDo,       // it applies, and its fix is not in place
        NoFix,           // it applies and has no fix: the answers cannot tell whether it is done
        Removed,         // the later version has no recommendation with its id
    };
    std::string recommendation; // id
    int then_index = -1;
    int now_index = -1; // -1: Removed
    Status status = Status::StillToDo;
};
inline bool is_done(const PlanItemOutcome& item) {
    return item.status == PlanItemOutcome::Status::FixInPlace ||
           item.status == PlanItemOutcome::Status::NoLongerApplies;
}

struct Comparison {
    ScoreSummary then; // indexed like the earlier quiz's bands and categories
    ScoreSummary now;  // indexed like the later quiz's
    double change = 0; // now.score - then.score
    // The later version's categories in its order, then those only the earlier one has.
    std::vector<CategoryChange> categories;
    // The later version's questions in its order, then those only the earlier one has.
    std::vector<AnswerChange> answers;
    // The earlier plan's ticked recommendations, in the earlier version's content order.
    std::vector<PlanItemOutcome> plan;
    bool different_version = false;  // another published version or another structure
    bool different_language = false; // the two quizzes' locales differ
};

// Fails with share-other-quiz when the two quizzes are not the same quiz (their ids differ).
Outcome<Comparison> compare_results(const ResultSide& then, const ResultSide& now);

// {"compare_schema": 1, "quiz", "different_version", "different_language",
//  "then": SIDE, "now": SIDE, "change",
//  "categories": [{"id", "then", "now", "in_then", "in_now"}],
//  "answers": [{"question", "change": "changed"|"only_then"|"only_now", "then", "now"}],
//  "plan": [{"id", "status": "fix_in_place"|"no_longer_applies"|"still_to_do"|"no_fix"|
//            "removed", "done"}]}
// where SIDE is {"version", "lang", "score", "band", "band_title", "categories": {id: n|null},
// "plan": [ids]} and an answer is null (no such question in that version) or
// {"state": "unanswered"|"skipped"|"chosen", "options": [ids]}. Numbers are unrounded.
inline constexpr int kCompareSchemaVersion = 1;
std::string comparison_to_json(const ResultSide& then, const ResultSide& now,
                               const Comparison& comparison);

// A readable plain-text comparison for `exposure compare --format text`, in the later quiz's
// language (the earlier one's words for what only it has), scores to one decimal.
std::string comparison_to_text(const ResultSide& then, const ResultSide& now,
                               const Comparison& comparison);

std::string_view plan_item_status_name(PlanItemOutcome::Status status);

} // namespace exposure
