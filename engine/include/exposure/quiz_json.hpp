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

// The quiz as two files: the quiz naming `sources_file` and holding no source, and that file
// (its format: attach_sources, loader.hpp). load_quiz of the first and attach_sources of the
// second give the same quiz as load_quiz of write_quiz's one file.
struct SplitQuiz {
    std::string quiz;
    std::string sources;
};
SplitQuiz write_quiz_split(const Quiz& quiz, const std::string& sources_file, JsonStyle style);

} // namespace exposure
