// format_diagnostic: the one way a problem is shown to a person ("file:line:col: /ptr: message"),
// and the codes that tell programs which problem it is.
#include "exposure/diagnostic.hpp"

#include <catch_amalgamated.hpp>

#include <set>
#include <string_view>

using exposure::Diagnostic;
using exposure::diagnostic_code_name;
using exposure::DiagnosticCode;
using exposure::format_diagnostic;

TEST_CASE("a diagnostic reads file:line:col: pointer: message, leaving out the parts it lacks",
          "[diagnostic]") {
    struct Row {
        const char* what;
        const char* file;
        Diagnostic diagnostic;
        const char* expected;
    };
    const Row row = GENERATE(values<Row>({
        {"every part", "wechat.en.json",
         Diagnostic{"/questions/4/show_if/q", "unknown question \"pay_use\"", 12, 7},
         "wechat.en.json:12:7: /questions/4/show_if/q: unknown question \"pay_use\""},
        {"an unknown position", "quiz.json",
         Diagnostic{"/bands", "a quiz needs at least one band", 0, 0},
         "quiz.json: /bands: a quiz needs at least one band"},
        {"an empty pointer", "quiz.json",
         Diagnostic{"", "content is 9 bytes; the limit is 1 bytes (max_bytes)", 0, 0},
         "quiz.json: content is 9 bytes; the limit is 1 bytes (max_bytes)"},
        {"a line but no column", "q.json", Diagnostic{"", "syntax error", 3, 0},
         "q.json:3: syntax error"},
    }));
    CAPTURE(row.what);
    CHECK(format_diagnostic(row.file, row.diagnostic) == row.expected);
}

TEST_CASE("a diagnostic without a file name starts at the position or the pointer",
          "[diagnostic]") {
    CHECK(format_diagnostic("", Diagnostic{"/id", "missing", 2, 5}) == "2:5: /id: missing");
    CHECK(format_diagnostic("", Diagnostic{"/id", "missing", 0, 0}) == "/id: missing");
    CHECK(format_diagnostic("", Diagnostic{"", "missing", 0, 0}) == "missing");
}

TEST_CASE("every diagnostic code has its own kebab-case name", "[diagnostic]") {
    std::set<std::string_view> names;
    for (int code = 0; code <= static_cast<int>(DiagnosticCode::ShareInvalidAnswers); ++code) {
        const std::string_view name = diagnostic_code_name(static_cast<DiagnosticCode>(code));
        CAPTURE(code, name);
        CHECK(names.insert(name).second);
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
        CHECK(name != "unknown");
    }
    CHECK(diagnostic_code_name(DiagnosticCode::JsonSyntax) == "json-syntax");
    CHECK(diagnostic_code_name(DiagnosticCode::ShareOtherQuiz) == "share-other-quiz");
}

TEST_CASE("a diagnostic's code does not change how it is formatted", "[diagnostic]") {
    Diagnostic d{"/id", "missing", 2, 5, DiagnosticCode::MissingField};
    CHECK(format_diagnostic("quiz.json", d) == "quiz.json:2:5: /id: missing");
}
