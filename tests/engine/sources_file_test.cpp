// A quiz with its sources in a file of their own (write_quiz_split, attach_sources): the page
// reads the quiz first and its sources after the first question.
#include "test_quizzes.hpp"

#include "exposure/loader.hpp"
#include "exposure/quiz_json.hpp"
#include "exposure/translation.hpp"

#include <catch_amalgamated.hpp>

#include <string>

using namespace exposure;
using namespace testq;

namespace {

// small_quiz with sources on two questions and an action, one with a quote.
Quiz sourced_quiz() {
    Quiz quiz = small_quiz();
    quiz.questions[0].sources = {
        {"Report", "https://example.org/report", "the \u201cpassage\u201d that says so", "en",
         "2026-12-06"},
        {"Report", "https://example.org/report", "another passage", "en", "2026-12-06"}};
    quiz.questions[3].sources = {{"Help centre", "https://example.org/help", "", "", ""}};
    quiz.recommendations[0].sources = {{"Guide", "https://example.org/guide", "", "", ""}};
    return quiz;
}

Quiz load_ok(const std::string& text) {
    Outcome<Quiz> loaded = load_quiz(text);
    for (const Diagnostic& d : loaded.diagnostics)
        UNSCOPED_INFO(format_diagnostic("quiz", d));
    REQUIRE(loaded.ok());
    return std::move(*loaded.value);
}

// The messages of the problems attach_sources finds in `text` for the split quiz.
std::vector<std::string> attach_problems(const std::string& text) {
    const SplitQuiz split =
        write_quiz_split(sourced_quiz(), "small.en.sources.json", JsonStyle::Compact);
    Quiz quiz = load_ok(split.quiz);
    const Quiz before = quiz;
    std::vector<std::string> messages;
    for (const Diagnostic& d : attach_sources(quiz, text))
        messages.push_back(format_diagnostic("sources", d));
    if (!messages.empty()) { // a refused file changes nothing
        CHECK(quiz.sources_file == before.sources_file);
        CHECK(quiz.questions[0].sources.empty());
    }
    return messages;
}

bool mentions(const std::vector<std::string>& messages, const std::string& part) {
    for (const std::string& m : messages)
        if (m.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("a quiz split into its file and its sources file loads as the same quiz",
          "[sources_file]") {
    const Quiz quiz = sourced_quiz();
    const SplitQuiz split = write_quiz_split(quiz, "small.en.sources.json", JsonStyle::Compact);
    CHECK(split.quiz.find("example.org") == std::string::npos);

    Quiz loaded = load_ok(split.quiz);
    CHECK(loaded.sources_file == "small.en.sources.json");
    CHECK(loaded.questions[0].sources.empty());
    REQUIRE(attach_sources(loaded, split.sources).empty());
    CHECK(loaded.sources_file.empty());

    const Quiz whole = load_ok(write_quiz(quiz, JsonStyle::Compact));
    const std::vector<TextSlot> a = text_slots(loaded), b = text_slots(whole);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        CHECK(a[i].text == b[i].text);
    REQUIRE(loaded.questions[0].sources.size() == 2);
    CHECK(loaded.questions[0].sources[0].quote == "the \u201cpassage\u201d that says so");
    CHECK(loaded.questions[0].sources[0].checked == "2026-12-06");
    CHECK(loaded.recommendations[0].sources[0].url == "https://example.org/guide");
    CHECK(write_quiz(loaded, JsonStyle::Compact) == write_quiz(whole, JsonStyle::Compact));
}

TEST_CASE("the sources file of another quiz, version or language is refused", "[sources_file]") {
    const std::string good =
        write_quiz_split(sourced_quiz(), "small.en.sources.json", JsonStyle::Compact).sources;
    for (const auto& [from, to] : {std::pair{"\"quiz\":\"small\"", "\"quiz\":\"other\""},
                                   {"\"version\":\"1\"", "\"version\":\"2\""},
                                   {"\"locale\":\"en\"", "\"locale\":\"zh-Hans\""}}) {
        std::string text = good;
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), std::string(from).size(), to);
        const std::vector<std::string> problems = attach_problems(text);
        INFO(from);
        CHECK(mentions(problems, "these are the sources of another quiz"));
    }
}

TEST_CASE("a sources file naming a question the quiz does not have says which", "[sources_file]") {
    const std::string text = R"({"schema":1,"quiz":"small","version":"1","locale":"en",
        "questions":{"account":[],"features":[],"backup":[],"pin":[],"pni":[]}})";
    const std::vector<std::string> problems = attach_problems(text);
    CHECK(mentions(problems, "/questions/pni: the quiz has no question \"pni\""));
}

TEST_CASE("a sources file that leaves a question out says which", "[sources_file]") {
    const std::string text = R"({"schema":1,"quiz":"small","version":"1","locale":"en",
        "questions":{"account":[],"features":[],"backup":[]}})";
    CHECK(mentions(attach_problems(text), "missing the sources of question \"pin\""));
}

TEST_CASE("a source in a sources file is checked as in a quiz file", "[sources_file]") {
    const std::string text = R"({"schema":1,"quiz":"small","version":"1","locale":"en",
        "questions":{"account":[{"title":"A","url":"http://example.org"}],"features":[],
        "backup":[],"pin":[]}})";
    CHECK(
        mentions(attach_problems(text), "/questions/account/0/url: url must start with https://"));
}

TEST_CASE("a sources file that is not JSON is refused with where it breaks", "[sources_file]") {
    CHECK(mentions(attach_problems("{\"schema\":1,"), "sources:1:"));
    CHECK(!attach_problems("<html>404</html>").empty());
}

TEST_CASE("a quiz that names a sources file holds no sources itself", "[sources_file]") {
    Quiz quiz = sourced_quiz();
    std::string text = write_quiz(quiz, JsonStyle::Compact);
    text.insert(text.find("\"categories\""), "\"sources_file\":\"small.en.sources.json\",");
    const Outcome<Quiz> loaded = load_quiz(text);
    REQUIRE(!loaded.ok());
    CHECK(format_diagnostic("quiz", loaded.diagnostics[0])
              .find("sources belong in \"small.en.sources.json\"") != std::string::npos);
}

TEST_CASE("a sources file is named by a plain file name", "[sources_file]") {
    std::string text =
        write_quiz_split(sourced_quiz(), "small.en.sources.json", JsonStyle::Compact).quiz;
    text.replace(text.find("small.en.sources.json"), 21, "../../etc/passwd.json");
    const Outcome<Quiz> loaded = load_quiz(text);
    REQUIRE(!loaded.ok());
    CHECK(loaded.diagnostics[0].pointer == "/sources_file");
}
