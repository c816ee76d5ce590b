// The quizzes we ship meet the bar content/README.md sets: they load without problems, lint
// clean, span the whole score range, and every question says why it matters and where that
// comes from.
#include "exposure/analysis.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"
#include "shipped.hpp"

#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string list(const std::string& file, const std::vector<exposure::Diagnostic>& warnings) {
    std::string text;
    for (const auto& w : warnings)
        text += exposure::format_diagnostic(file, w) + "\n";
    return text;
}

} // namespace

TEST_CASE("shipped quizzes lint without warnings", "[content]") {
    const std::string file = GENERATE("wechat.en.json", "messaging.en.json");
    const auto warnings = exposure::lint(load_shipped(file));
    INFO(list(file, warnings));
    CHECK(warnings.empty());
}

TEST_CASE("shipped quizzes reach from at most 10 to at least 90", "[content]") {
    const std::string file = GENERATE("wechat.en.json", "messaging.en.json");
    const exposure::QuizStats range = exposure::stats(load_shipped(file));
    CAPTURE(file, range.min_score, range.max_score, range.exact);
    CHECK(range.min_score <= 10);
    CHECK(range.max_score >= 90);
}

TEST_CASE("every shipped question says why it matters and cites an https source", "[content]") {
    const std::string file = GENERATE("wechat.en.json", "messaging.en.json");
    for (const auto& question : load_shipped(file).questions) {
        CAPTURE(file, question.id);
        CHECK_FALSE(question.help.empty());
        REQUIRE_FALSE(question.sources.empty());
        for (const auto& source : question.sources)
            CHECK(source.url.starts_with("https://"));
    }
}

TEST_CASE("the WeChat quiz has 18 to 30 questions in 5 to 7 categories", "[content]") {
    const exposure::Quiz quiz = load_shipped("wechat.en.json");
    CHECK(quiz.questions.size() >= 18);
    CHECK(quiz.questions.size() <= 30);
    CHECK(quiz.categories.size() >= 5);
    CHECK(quiz.categories.size() <= 7);
}

TEST_CASE("every shipped quiz says when its facts were checked", "[content]") {
    const std::string file = GENERATE("wechat.en.json", "messaging.en.json");
    const exposure::Quiz quiz = load_shipped(file);
    CAPTURE(file);
    CHECK(exposure::facts_checked_line(quiz) == "Facts checked December 2026");
}
