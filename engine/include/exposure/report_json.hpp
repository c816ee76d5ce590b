// The result as JSON: the one shape both `exposure score` and the page's result() expose.
//
// {"report_schema": 2, "quiz", "version", "lang", "score", "band", "band_title",
//  "categories": {id: number|null}, "contributions": {qid: number},
//  "recommendations": [{"id", "delta"}], "visible", "answered", "skipped", "share"}
//
// "version" is the published version of the quiz (versions.hpp; 0 for a quiz that is no
// package's) and "lang" the language of its text. report_schema 1 had neither field.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <string>
#include <string_view>

namespace exposure {

inline constexpr int kReportSchemaVersion = 2;

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report);

// "You skipped 2 questions; the score leaves them out." ("" when nothing was skipped). English,
// like the rest of the text report.
std::string skipped_note(const Report& report);

// A readable plain-text report for `exposure score --format text`, with `facts_checked`
// (facts_checked_line in the quiz's language, or "") under the score.
std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report,
                           std::string_view facts_checked);

} // namespace exposure
