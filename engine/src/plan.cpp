// Plans: ticks, ids, and the projection (exposure/plan.hpp; docs/scoring.md, "Plan").
#include "exposure/plan.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace exposure {

bool is_ticked(const Plan& plan, int recommendation) {
    return recommendation >= 0 && static_cast<std::size_t>(recommendation) < plan.ticked.size() &&
           plan.ticked[static_cast<std::size_t>(recommendation)];
}

bool plan_is_empty(const Plan& plan) {
    return std::none_of(plan.ticked.begin(), plan.ticked.end(), [](bool on) { return on; });
}

std::vector<int> ticked_recommendations(const Plan& plan) {
    std::vector<int> result;
    for (std::size_t r = 0; r < plan.ticked.size(); ++r) {
        if (plan.ticked[r]) {
            result.push_back(static_cast<int>(r));
        }
    }
    return result;
}

Outcome<Plan> plan_from_ids(const Quiz& quiz, const std::vector<std::string>& ids) {
    Outcome<Plan> outcome;
    Plan plan;
    plan.ticked.assign(quiz.recommendations.size(), false);
    for (const std::string& id : ids) {
        const auto found = std::find_if(quiz.recommendations.begin(), quiz.recommendations.end(),
                                        [&](const Recommendation& r) { return r.id == id; });
        if (found == quiz.recommendations.end()) {
            outcome.diagnostics.push_back(Diagnostic{"",
                                                     "unknown recommendation \"" + id +
                                                         "\": quiz '" + quiz.id +
                                                         "' has no recommendation with that id",
                                                     0, 0, DiagnosticCode::UnknownReference});
            continue;
        }
        plan.ticked[static_cast<std::size_t>(found - quiz.recommendations.begin())] = true;
    }
    if (outcome.diagnostics.empty()) {
        outcome.value = std::move(plan);
    }
    return outcome;
}

std::vector<std::string> plan_ids(const Quiz& quiz, const Plan& plan) {
    std::vector<std::string> ids;
    for (int r : ticked_recommendations(plan)) {
        if (static_cast<std::size_t>(r) < quiz.recommendations.size()) {
            ids.push_back(quiz.recommendations[static_cast<std::size_t>(r)].id);
        }
    }
    return ids;
}

ScoreSummary summary_of(const Report& report) {
    return {report.score, report.band, report.categories};
}

PlanProjection project_plan(const Quiz& quiz, const Answers& answers, const Plan& plan) {
    PlanProjection projection;
    projection.plan = plan;
    const Report report = score(quiz, answers);
    projection.now = summary_of(report);

    // What applies is decided once, on the answers as they are: a fix put in place by the plan
    // may make its own `when` false, and the reader has still done it.
    const std::size_t count = quiz.recommendations.size();
    std::vector<char> applies(count, 0);
    std::vector<std::optional<double>> delta(count);
    for (const RecommendationResult& result : report.recommendations) {
        if (result.recommendation >= 0 && static_cast<std::size_t>(result.recommendation) < count) {
            applies[static_cast<std::size_t>(result.recommendation)] = 1;
            delta[static_cast<std::size_t>(result.recommendation)] = result.delta;
        }
    }

    // One fix per question: the one that leaves the question the fewest points, the first in
    // content order among equals, so the outcome does not depend on the order of ticking.
    std::vector<int> fix_for_question(quiz.questions.size(), -1);
    auto fix_points = [&](int r) {
        const Fix& fix = *quiz.recommendations[static_cast<std::size_t>(r)].fix;
        const Question& question = quiz.questions[static_cast<std::size_t>(fix.question)];
        return question_points(question, Answer{Answer::State::Chosen, fix.options});
    };
    const std::vector<int> ticked = ticked_recommendations(plan);
    for (int r : ticked) {
        const auto index = static_cast<std::size_t>(r);
        if (index >= count || !applies[index] || !delta[index]) {
            continue;
        }
        int& holder =
            fix_for_question[static_cast<std::size_t>(quiz.recommendations[index].fix->question)];
        if (holder < 0 || fix_points(r) < fix_points(holder)) {
            holder = r;
        }
    }

    projection.answers = answers;
    projection.answers.resize(quiz.questions.size());
    for (int r : ticked) {
        const auto index = static_cast<std::size_t>(r);
        if (index >= count) {
            break; // ticks past the last recommendation name nothing
        }
        if (!applies[index]) {
            projection.not_applicable.push_back(r);
            continue;
        }
        if (!delta[index]) {
            projection.without_fix.push_back(r);
            continue;
        }
        projection.sum_of_deltas += *delta[index];
        const Fix& fix = *quiz.recommendations[index].fix;
        if (fix_for_question[static_cast<std::size_t>(fix.question)] != r) {
            projection.superseded.push_back(r);
            continue;
        }
        Answer fixed{Answer::State::Chosen, fix.options};
        std::sort(fixed.options.begin(), fixed.options.end());
        projection.answers[static_cast<std::size_t>(fix.question)] = std::move(fixed);
        projection.applied.push_back(r);
    }
    projection.planned = summary_of(score(quiz, projection.answers));
    projection.change = projection.planned.score - projection.now.score;
    return projection;
}

} // namespace exposure
