// Loading content: JSON text in, a validated Quiz (or every problem found) out.
//
// Never throws, never aborts: malformed, hostile or oversized text gives diagnostics. All
// problems are reported in one pass, each with its JSON pointer, and line/column where known.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace exposure {

// Limits that keep hostile content from exhausting memory or time. Each has a clear message.
struct LoadLimits {
    std::size_t max_bytes = 2 * 1024 * 1024;
    int max_depth = 64; // JSON nesting
    int max_categories = 32;
    int max_questions = 1000;
    int max_options = 32; // per question
    int max_recommendations = 500;
    int max_bands = 16;
    int max_sources = 16; // per question or recommendation
    std::size_t max_string_bytes = 8 * 1024;
    int max_condition_depth = 16;
};

Outcome<Quiz> load_quiz(std::string_view json_text, const LoadLimits& limits = {});

// A quiz file may name a file of its sources ("sources_file") and carry none itself; this reads
// that file into the quiz:
//   {"schema": 1, "quiz": ID, "version": V, "locale": L,
//    "questions": {QUESTION_ID: [SOURCE, ...], ...}, "recommendations": {ID: [SOURCE, ...], ...}}
// with each SOURCE as in a quiz file. The file must be the quiz's (id, version, locale), name
// only its questions and recommendations, and give every question at least one source. Returns
// the problems found; the quiz is changed (its sources filled, sources_file cleared) only when
// there are none.
std::vector<Diagnostic> attach_sources(Quiz& quiz, std::string_view json_text,
                                       const LoadLimits& limits = {});

} // namespace exposure
