// The quizzes we ship meet the bar content/README.md sets: they load without problems in every
// language, lint clean, span the whole score range, every question says why it matters and where
// that comes from, and their structure is published.
#include "exposure/analysis.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/share.hpp"
#include "exposure/translation.hpp"
#include "shipped.hpp"

#include <catch_amalgamated.hpp>

#include <algorithm>
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
    const std::string file = GENERATE("wechat", "messaging");
    const auto warnings = exposure::lint(shipped_package(file).source);
    INFO(list(file, warnings));
    CHECK(warnings.empty());
}

TEST_CASE("shipped quizzes reach from at most 10 to at least 90", "[content]") {
    const std::string file = GENERATE("wechat", "messaging");
    const exposure::QuizStats range = exposure::stats(shipped_package(file).source);
    CAPTURE(file, range.min_score, range.max_score, range.exact);
    CHECK(range.min_score <= 10);
    CHECK(range.max_score >= 90);
}

TEST_CASE("every shipped question says why it matters and cites an https source", "[content]") {
    const std::string file = GENERATE("wechat", "messaging");
    for (const auto& question : shipped_package(file).source.questions) {
        CAPTURE(file, question.id);
        CHECK_FALSE(question.help.empty());
        REQUIRE_FALSE(question.sources.empty());
        for (const auto& source : question.sources)
            CHECK(source.url.starts_with("https://"));
    }
}

TEST_CASE("the WeChat quiz asks every reader 18 to 30 questions, in 5 to 7 categories",
          "[content]") {
    const exposure::Quiz quiz = shipped_package("wechat").source;
    // Follow-ups (a show_if) appear only for some readers; the intro promises 25 to 30.
    const auto always = std::count_if(quiz.questions.begin(), quiz.questions.end(),
                                      [](const exposure::Question& q) { return !q.show_if; });
    CHECK(always >= 18);
    CHECK(always <= 30);
    CHECK(quiz.categories.size() >= 5);
    CHECK(quiz.categories.size() <= 7);
}

TEST_CASE("every shipped quiz says when its facts were checked", "[content]") {
    const std::string file = GENERATE("wechat", "messaging");
    const exposure::Quiz quiz = shipped_package(file).source;
    CAPTURE(file);
    CHECK(exposure::facts_checked_line(quiz, shipped_locales().date_words("en")) ==
          "Facts checked December 2026");
}

TEST_CASE("the shipped content is the packages and languages we expect, nothing missing",
          "[content]") {
    const auto packages = content::package_dirs(EXPOSURE_CONTENT_DIR);
    REQUIRE(packages);
    CHECK(packages->size() == 2);
    CHECK(packages->front().filename() == "wechat"); // the default quiz: pages show it first
    for (const char* id : {"wechat", "messaging"}) {
        CAPTURE(id);
        CHECK(shipped_languages(id) ==
              std::vector<std::string>{"en", "zh-Hans", "zh-Hant", "zh-Hant-HK"});
    }
}

TEST_CASE("every shipped quiz loads in every language, every text translated and up to date",
          "[content]") {
    const std::string id = GENERATE("wechat", "messaging");
    for (const std::string& locale : shipped_languages(id)) {
        CAPTURE(id, locale);
        const exposure::Quiz quiz = shipped_quiz(id, locale);
        CHECK(quiz.locale == locale);
        CHECK(exposure::structure_hash(quiz) ==
              exposure::structure_hash(shipped_package(id).source));
        const auto translation = shipped_package(id).translations.find(locale);
        if (translation != shipped_package(id).translations.end()) {
            // A regional variant holds only what it words differently: the rest is its parent's
            // (and quiz_in above already loaded the whole of it).
            const bool variant = shipped_locales().chain(locale).size() > 1;
            const auto problems = exposure::check_translation(shipped_package(id).source,
                                                              translation->second, variant);
            for (const auto& d : problems)
                UNSCOPED_INFO(exposure::format_diagnostic(locale, d));
            CHECK(problems.empty());
        }
    }
}

TEST_CASE("every shipped quiz's structure is published, as its latest version", "[content]") {
    const std::string id = GENERATE("wechat", "messaging");
    CAPTURE(id);
    CHECK(shipped_package(id).published());
}
