// The result as JSON: the one shape both `exposure score` and the page's result() expose.
//
// {"quiz", "score", "band", "band_title", "categories": {id: number|null}, "contributions":
//  {qid: number}, "recommendations": [{"id", "delta"}], "visible", "answered", "share"}
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <string>

namespace exposure {

std::string report_to_json(const Quiz& quiz, const Answers& answers, const Report& report);

// A readable plain-text report for `exposure score --format text`.
std::string report_to_text(const Quiz& quiz, const Answers& answers, const Report& report);

} // namespace exposure
