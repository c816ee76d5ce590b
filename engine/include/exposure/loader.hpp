// Loading content: JSON text in, a validated Quiz (or every problem found) out.
//
// Never throws, never aborts: malformed, hostile or oversized text gives diagnostics. All
// problems are reported in one pass, each with its JSON pointer, and line/column where known.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <string_view>

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

} // namespace exposure
