// A quiz written back as content (format v1): the inverse of load_quiz. Tools use it to write a
// quiz in one language as one file (the page's files in dist/, frozen versions); load_quiz of
// what it writes gives the same quiz.
#pragma once

#include "exposure/quiz.hpp"

#include <string>

namespace exposure {

enum class JsonStyle {
    Indented, // two spaces, as the content files are written by hand: for files people read
    Compact,  // no whitespace: for the files the page downloads
};

std::string write_quiz(const Quiz& quiz, JsonStyle style);

} // namespace exposure
