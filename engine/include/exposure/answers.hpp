// A reader's answers, one slot per question (indexed like Quiz::questions). What unanswered,
// skipped and chosen mean for the score: docs/scoring.md ("Answers").
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace exposure {

struct Answer {
    enum class State { Unanswered, Skipped, Chosen };
    State state = State::Unanswered;
    std::vector<int> options; // Chosen: option indices, ascending; single has exactly one

    bool operator==(const Answer&) const = default;
};

using Answers = std::vector<Answer>;

Answers empty_answers(const Quiz& quiz);

// Reads `{"answers": {"QID": "OPT" | ["OPT", ...] | null}}` (null = skipped, absent = unanswered).
// Unknown ids, a wrong shape for the question's kind, or skipping a question that cannot be
// skipped are errors with the pointer of the offending entry.
Outcome<Answers> read_answers_json(const Quiz& quiz, std::string_view json_text);

// The inverse of read_answers_json: only answered and skipped questions appear.
std::string write_answers_json(const Quiz& quiz, const Answers& answers);

// One question's answer as the page reports it, on one line:
//   {"question":"QID","answer":ANSWER,"skipped":true|false}
// where ANSWER is null (unanswered or skipped), "OPT" (single) or ["OPT",...] (multi, in the
// answer's order). Option indices out of range are left out; a question out of range gives
// "null".
std::string answer_to_json(const Quiz& quiz, const Answers& answers, int question);

} // namespace exposure
