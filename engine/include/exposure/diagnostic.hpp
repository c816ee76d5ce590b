// Diagnostics: how the engine reports problems without exceptions.
//
// Every fallible engine call returns its value together with a list of Diagnostics, so a caller
// can show *all* problems at once (a content author fixing a file wants the whole list, not the
// first error). Positions are for people: a JSON pointer into the document, plus the line and
// column when the problem is tied to a place in the text (syntax errors, bad values).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exposure {

struct Diagnostic {
    std::string pointer; // JSON pointer ("/questions/4/show_if/q"), "" for the whole document
    std::string message; // what is wrong and, where it helps, what to do
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;      // 1-based; 0 when unknown
};

// "FILE:LINE:COL: /pointer: message", leaving out the parts that are unknown.
std::string format_diagnostic(std::string_view file, const Diagnostic& diagnostic);

// A value, or the reasons there is none. Warnings may accompany a value.
template <typename T>
struct Outcome {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return value.has_value(); }
};

} // namespace exposure
