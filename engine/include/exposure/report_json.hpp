// The result as JSON: the one shape both `exposure score` and the page's result() expose.
//
// {"report_schema": 3, "quiz", "version", "lang", "score", "band", "band_title",
//  "categories": {id: number|null}, "contributions": {qid: number},
//  "recommendations": [{"id", "delta"}], "visible", "answered", "skipped", "share"}
//
// and, with a plan that ticks something, "plan" last (the projection, plan.hpp):
//
//  "plan": {"ticked": [id], "score", "band", "band_title", "categories": {id: number|null},
//           "change", "sum_of_deltas", "applied": [id], "superseded": [id],
//           "without_fix": [id], "not_applicable": [id]}
//
// where "score", "band" and "categories" are those with the plan's fixes in place and "change"
// is the planned score minus "score"; "share" then carries the plan too.
//
// "version" is the published version of the quiz (versions.hpp; 0 for a quiz that is no
// package's) and "lang" the language of its text. report_schema 1 had neither field; 2 had no
// "plan".
#pragma once

#include "exposure/answers.hpp"
#include "exposure/plan.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <string>
#include <string_view>

namespace exposure {

inline constexpr int kReportSchemaVersion = 3;

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report);
// The same with the reader's plan (project_plan(quiz, answers, plan)); an empty plan gives the
// report without one.
std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report,
                           const PlanProjection& plan);

// "You skipped 2 questions; the score leaves them out." ("" when nothing was skipped). English,
// like the rest of the text report.
std::string skipped_note(const Report& report);

// A readable plain-text report for `exposure score --format text`, with `facts_checked`
// (facts_checked_line in the quiz's language, or "") under the score.
std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked);
// The same with a "Your plan" section: the score now and with the plan, its band, the category
// scores before and after, and what each ticked action does; the share code carries the plan.
std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked, const PlanProjection& plan);

} // namespace exposure
