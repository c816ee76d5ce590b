// The result as JSON: the one shape both `exposure score` and the page's result() expose.
//
// {"quiz", "score", "band", "band_title", "categories": {id: number|null}, "contributions":
//  {qid: number}, "recommendations": [{"id", "delta"}], "visible", "answered", "skipped",
//  "share"}
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <string>

namespace exposure {

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report);

// A readable plain-text report for `exposure score --format text`.
// "You skipped 2 questions; the score leaves them out." ("" when nothing was skipped). English
// only for now, like the rest of the engine's own wording.
std::string skipped_note(const Report& report);

std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report);

} // namespace exposure
