// The quiz packages shipped in content/ (EXPOSURE_CONTENT_DIR), read as the CLI reads them
// (tools/content_files.hpp), for tests: each must load, in every language, without a single
// diagnostic, and a test stops at the first that does not.
#pragma once

#include "content_files.hpp"

#include "exposure/diagnostic.hpp"
#include "exposure/share.hpp"
#include "exposure/versions.hpp"

#include <catch_amalgamated.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

// A file of the tests' own (tests/data: personas, held links), whole.
inline std::string read_test_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline const content::Locales& shipped_locales() {
    static const std::optional<content::Locales> locales =
        content::load_locales(EXPOSURE_CONTENT_DIR);
    REQUIRE(locales.has_value());
    return *locales;
}

inline const content::Package& shipped_package(const std::string& id) {
    static std::map<std::string, content::Package> packages;
    if (packages.count(id) == 0) {
        std::optional<content::Package> package =
            content::load_package(std::string(EXPOSURE_CONTENT_DIR) + "/" + id);
        REQUIRE(package.has_value());
        packages.emplace(id, std::move(*package));
    }
    return packages.at(id);
}

// A shipped quiz in one language, as the page gets it.
inline exposure::Quiz shipped_quiz(const std::string& id, const std::string& locale) {
    std::optional<exposure::Quiz> quiz =
        content::quiz_in(shipped_package(id), shipped_locales(), locale);
    REQUIRE(quiz.has_value());
    return *quiz;
}

inline std::vector<std::string> shipped_languages(const std::string& id) {
    return shipped_package(id).languages(shipped_locales());
}

// The published version of `package` a share code was made on, in `lang`: what
// `exposure score PACKAGE --share CODE --lang LANG` opens it with. -> the quiz and its version.
inline std::pair<exposure::Quiz, int> shipped_quiz_of_link(const content::Package& package,
                                                           const std::string& code,
                                                           const std::string& lang) {
    const exposure::Outcome<exposure::ShareHeader> header = exposure::read_share_header(code);
    REQUIRE(header.ok());
    const int version = exposure::version_of_share(*header.value, package.versions);
    REQUIRE(version > 0);
    std::optional<exposure::Quiz> quiz =
        content::frozen_quiz(package, shipped_locales(), version, lang);
    REQUIRE(quiz.has_value());
    return {std::move(*quiz), version};
}
