// Regressions found by fuzzing and hostile-input review (tests/fuzz/README.md): one test per
// finding, named for the behaviour that broke, so the bug cannot come back unnoticed.
#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"

#include <catch_amalgamated.hpp>

#include <cstddef>
#include <string>

using Catch::Matchers::ContainsSubstring;

// These inputs took minutes before their fixes. The tests assert what the reader gets (a bounded
// list of problems) and leave speed to `build-scripts/fuzz` and `-timeout`, never to a timed
// assertion that a slow or loaded machine could fail.

// Columns were counted from the line start for every diagnostic, so a one-line document (a minified
// file) with many problems took quadratic time: 1.5 MB of repeated keys, well under max_bytes, ran
// for more than five minutes. Now each column costs a short scan.
TEST_CASE(
    "a one-line document with a hundred thousand repeated keys gets a bounded list of problems",
    "[regression][loader][limits]") {
    std::string text = "{\"a\":1";
    while (text.size() < 1024 * 1024) {
        text += ",\"a\":1";
    }
    text += "}";
    const exposure::Outcome<exposure::Quiz> outcome = exposure::load_quiz(text);

    REQUIRE_FALSE(outcome.ok());
    REQUIRE(outcome.diagnostics.size() == 501); // the first 500, then "too many problems"
    CHECK_THAT(outcome.diagnostics.back().message, ContainsSubstring("too many problems"));
}

// Every item of an over-long list was still read and every problem kept and sorted before the list
// was cut to 500: 2 MB of `{}` questions took 22 s and 1.1 GB (enough to abort a wasm page). Now
// the loader keeps a bounded number of problems.
TEST_CASE("a document with two hundred thousand empty questions reports the question limit among "
          "500 problems",
          "[regression][loader][limits]") {
    std::string text = "{\"questions\":[{}";
    for (int i = 1; i < 200000; ++i) {
        text += ",{}";
    }
    text += "]}";
    const exposure::Outcome<exposure::Quiz> outcome = exposure::load_quiz(text);

    REQUIRE_FALSE(outcome.ok());
    REQUIRE(outcome.diagnostics.size() == 501);
    bool limit_reported = false;
    for (const auto& diagnostic : outcome.diagnostics) {
        limit_reported =
            limit_reported || (diagnostic.pointer == "/questions" &&
                               diagnostic.message.find("max_questions") != std::string::npos);
    }
    CHECK(limit_reported);
}

// The faster column count must still count characters, not bytes, on long lines.
TEST_CASE("columns count characters on a long line of multi-byte text", "[regression][loader]") {
    std::string title;
    for (int i = 0; i < 300; ++i) {
        title += i % 2 == 0 ? "\xC3\xA9" : "\xE4\xB8\xAD"; // é (2 bytes), 中 (3 bytes)
    }
    const std::string before = "{\"schema\": 1, \"title\": \"" + title + "\", ";
    const std::string text = before + "\"bogus\": 1}";
    const auto outcome = exposure::load_quiz(text);

    REQUIRE_FALSE(outcome.ok());
    bool found = false;
    for (const auto& diagnostic : outcome.diagnostics) {
        if (diagnostic.pointer == "/bogus") {
            found = true;
            CHECK(diagnostic.line == 1);
            // Characters before the key: the ASCII parts plus 300 characters of title.
            const std::size_t ascii = before.size() - title.size();
            CHECK(diagnostic.column == static_cast<int>(ascii + 300 + 1));
        }
    }
    CHECK(found);
}
