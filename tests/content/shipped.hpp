// Loading the quizzes shipped in content/ (EXPOSURE_CONTENT_DIR) for tests: each must load
// without a single diagnostic, and the test stops at the first that does not.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"

#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>
#include <string>

inline exposure::Quiz load_shipped(const std::string& file) {
    std::ifstream in(std::string(EXPOSURE_CONTENT_DIR) + "/" + file, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    auto loaded = exposure::load_quiz(text.str());
    for (const auto& d : loaded.diagnostics)
        UNSCOPED_INFO(exposure::format_diagnostic(file, d));
    REQUIRE(loaded.diagnostics.empty());
    return *loaded.value;
}
