// A reader's plan: the recommendations they ticked ("In my plan"), and where the plan takes
// them. The rules, in words: docs/scoring.md ("Plan").
//
// A plan is the score with *all* its fixes in place at once, visibility re-evaluated once and
// caps applied, which is not the sum of the recommendations' deltas: a fix that hides or shows
// questions changes its category's denominator and what the other fixes are worth, and two
// fixes may name one question.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <string>
#include <vector>

namespace exposure {

// Ticks indexed like Quiz::recommendations (content order), the order of a share code's plan
// bits. Shorter than the list: the rest are not ticked; longer: the ticks past its end name
// nothing and are ignored. A plan may tick any recommendation,
// applicable or not: it outlives the answers it was made on (a reader changes an answer, a link
// is opened months later), and project_plan decides what each tick does on the answers at hand.
struct Plan {
    std::vector<bool> ticked;

    bool operator==(const Plan&) const = default;
};

bool is_ticked(const Plan& plan, int recommendation);
// True when nothing is ticked: then a share code carries no plan section.
bool plan_is_empty(const Plan& plan);
// The ticked recommendations, in content order.
std::vector<int> ticked_recommendations(const Plan& plan);

// The plan that ticks these recommendations (ids, in any order; repeats are harmless). An id
// that names no recommendation is an error (unknown-reference) that names it; every unknown id
// is reported.
Outcome<Plan> plan_from_ids(const Quiz& quiz, const std::vector<std::string>& ids);
std::vector<std::string> plan_ids(const Quiz& quiz, const Plan& plan);

// What a result is at a glance, as a projection and a comparison report each side.
struct ScoreSummary {
    double score = 0;
    int band = -1;                         // index into Quiz::bands (-1: a quiz with no bands)
    std::vector<CategoryScore> categories; // indexed like Quiz::categories
};
ScoreSummary summary_of(const Report& report);

// Where a plan takes the reader. Every ticked recommendation is in exactly one of `applied`,
// `superseded`, `without_fix` and `not_applicable` (each in content order).
struct PlanProjection {
    Plan plan;
    ScoreSummary now;     // the answers as they are
    ScoreSummary planned; // with every applied fix in place
    double change = 0;    // planned.score - now.score: what the plan saves, negative
    // Σ delta of the ticked recommendations with a fix that apply now (applied and superseded):
    // what their "saves N points" add up to, which the plan need not reach.
    double sum_of_deltas = 0;
    Answers answers; // the answers with every applied fix in place

    std::vector<int> applied; // applies now, has a fix; the fix is in `answers`
    // Applies now, has a fix, but another ticked fix on the same question lowers that question's
    // points more (or as much and comes first in content order), so that one is in place.
    std::vector<int> superseded;
    std::vector<int> without_fix;    // applies now, has no fix: counts as done, not as points
    std::vector<int> not_applicable; // its `when` does not hold on the answers: no effect
};

PlanProjection project_plan(const Quiz& quiz, const Answers& answers, const Plan& plan);

} // namespace exposure
