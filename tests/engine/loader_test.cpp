// The content loader, as a specification: what a valid file becomes, and how every kind of bad
// file is reported (JSON pointer always, line and column where the problem sits in the text).
#include "exposure/hash.hpp"
#include "exposure/loader.hpp"

#include "allocations.hpp"

#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;
using exposure::Condition;
using exposure::Diagnostic;
using exposure::load_quiz;
using exposure::LoadLimits;
using exposure::QuestionKind;
using Json = nlohmann::ordered_json;

namespace {

// A small quiz that uses every feature of the format once. Tests patch it.
//   questions: 0 region (single, skippable), 1 features (multi, cap, exclusive "none"),
//              2 pay_use (show_if has), 3 twofa (show_if all/in/not)
const std::string kBase = R"json({
  "$schema": "../content/schema/quiz.schema.json",
  "schema": 1,
  "id": "test",
  "version": "1.0",
  "locale": "en",
  "title": "Test quiz",
  "intro": "How exposed are you?",
  "outro": "Thanks.",
  "minutes": 3,
  "categories": [
    {"id": "privacy", "title": "Privacy", "description": "Who can read.", "weight": 2},
    {"id": "account", "title": "Account", "description": "How protected.", "weight": 1}
  ],
  "questions": [
    {
      "id": "region", "category": "privacy", "kind": "single",
      "prompt": "Where was your account registered?", "help": "Rules differ.",
      "sources": [{"title": "Report", "url": "https://example.org/report",
                   "quote": "Accounts registered with a +86 number are filtered.",
                   "quote_lang": "en", "checked": "2026-12-06"}],
      "options": [
        {"id": "cn", "label": "Mainland China", "points": 10},
        {"id": "intl", "label": "Elsewhere", "points": 4, "detail": "WeChat, not Weixin"}
      ],
      "skippable": true
    },
    {
      "id": "features", "category": "privacy", "kind": "multi",
      "prompt": "Which features do you use?", "help": "Each collects more.",
      "sources": [{"title": "Policy", "url": "https://example.org/policy"}],
      "options": [
        {"id": "pay", "label": "Pay", "points": 3},
        {"id": "moments", "label": "Moments", "points": 2},
        {"id": "none", "label": "None of these", "points": 0, "exclusive": true}
      ],
      "cap": 4
    },
    {
      "id": "pay_use", "category": "account", "kind": "single",
      "prompt": "How often do you pay?", "help": "Payments are logged.",
      "sources": [{"title": "Policy", "url": "https://example.org/policy"}],
      "options": [
        {"id": "daily", "label": "Daily", "points": 5},
        {"id": "never", "label": "Never", "points": 0}
      ],
      "show_if": {"q": "features", "has": "pay"}
    },
    {
      "id": "twofa", "category": "account", "kind": "single",
      "prompt": "Is two-step verification on?", "help": "It stops takeovers.",
      "sources": [{"title": "Guide", "url": "https://example.org/guide"}],
      "options": [
        {"id": "yes", "label": "Yes", "points": 0},
        {"id": "no", "label": "No", "points": 6}
      ],
      "show_if": {"all": [{"q": "region", "in": ["cn", "intl"]},
                          {"not": {"q": "pay_use", "is": "never"}}]}
    }
  ],
  "bands": [
    {"id": "low", "max": 30, "title": "Low", "summary": "Little exposure."},
    {"id": "mid", "max": 70, "title": "Medium", "summary": "Some exposure."},
    {"id": "high", "max": 100, "title": "High", "summary": "Fully exposed."}
  ],
  "recommendations": [
    {
      "id": "drop_pay", "title": "Stop using Pay", "body": "Use cash.",
      "when": {"q": "features", "has": "pay"},
      "fix": {"q": "features", "answer": ["moments"]},
      "sources": [{"title": "Policy", "url": "https://example.org/policy"}]
    },
    {
      "id": "enable_2fa", "title": "Turn on two-step verification", "body": "Settings > Account.",
      "fix": {"q": "twofa", "answer": "yes"}
    }
  ]
}
)json";

// Strings written as "RAW:text" in a patched document are emitted unquoted, for values that
// JSON documents can carry but a json object cannot (1e999).
std::string dump(const Json& document) {
    std::string text = document.dump(2);
    const std::string marker = "\"RAW:";
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at)) {
        const std::size_t end = text.find('"', at + marker.size());
        text = text.substr(0, at) + text.substr(at + marker.size(), end - at - marker.size()) +
               text.substr(end + 1);
    }
    return text;
}

Json base() {
    Json document = Json::parse(kBase, nullptr, false);
    REQUIRE_FALSE(document.is_discarded());
    return document;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// 1-based line and column of the first occurrence of `needle` in `text` (ASCII text).
std::pair<int, int> position_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    const int line = 1 + static_cast<int>(std::count(
                             text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
    const int column =
        static_cast<int>(at - (line_start == std::string::npos || at == 0 ? 0 : line_start + 1)) +
        1;
    return {line, column};
}

std::string all_messages(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        text += exposure::format_diagnostic("quiz.json", d) + "\n";
    }
    return text;
}

const Diagnostic* find_pointer(const std::vector<Diagnostic>& diagnostics,
                               const std::string& pointer) {
    for (const Diagnostic& d : diagnostics) {
        if (d.pointer == pointer) {
            return &d;
        }
    }
    return nullptr;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Valid content

TEST_CASE("loader reads a valid quiz into the model with ids resolved to indices", "[loader]") {
    const auto outcome = load_quiz(kBase);
    INFO(all_messages(outcome.diagnostics));
    REQUIRE(outcome.ok());
    REQUIRE(outcome.diagnostics.empty());
    const exposure::Quiz& quiz = *outcome.value;

    CHECK(quiz.schema == 1);
    CHECK(quiz.id == "test");
    CHECK(quiz.version == "1.0");
    CHECK(quiz.locale == "en");
    CHECK(quiz.title == "Test quiz");
    CHECK(quiz.outro == "Thanks.");
    CHECK(quiz.minutes == 3);

    REQUIRE(quiz.categories.size() == 2);
    CHECK(quiz.categories[0].weight == 2);
    CHECK(quiz.categories[1].description == "How protected.");

    REQUIRE(quiz.questions.size() == 4);
    const auto& region = quiz.questions[0];
    CHECK(region.kind == QuestionKind::Single);
    CHECK(region.category == 0);
    CHECK(region.skippable);
    CHECK_FALSE(region.show_if.has_value());
    REQUIRE(region.sources.size() == 1);
    CHECK(region.sources[0].url == "https://example.org/report");
    CHECK(region.sources[0].quote == "Accounts registered with a +86 number are filtered.");
    CHECK(region.sources[0].quote_lang == "en");
    CHECK(region.sources[0].checked == "2026-12-06");
    CHECK(region.options[1].detail == "WeChat, not Weixin");
    CHECK(region.options[0].detail.empty());

    const auto& features = quiz.questions[1];
    CHECK(features.kind == QuestionKind::Multi);
    CHECK(features.options[2].exclusive);
    CHECK_FALSE(features.options[0].exclusive);
    CHECK_FALSE(features.skippable);
    REQUIRE(features.cap.has_value());
    CHECK(*features.cap == 4);

    const auto& pay_use = quiz.questions[2];
    CHECK(pay_use.category == 1);
    REQUIRE(pay_use.show_if.has_value());
    CHECK(pay_use.show_if->kind == Condition::Kind::Has);
    CHECK(pay_use.show_if->question == 1);
    CHECK(pay_use.show_if->options == std::vector<int>{0});

    const auto& twofa = quiz.questions[3];
    REQUIRE(twofa.show_if.has_value());
    CHECK(twofa.show_if->kind == Condition::Kind::All);
    REQUIRE(twofa.show_if->children.size() == 2);
    CHECK(twofa.show_if->children[0].kind == Condition::Kind::In);
    CHECK(twofa.show_if->children[0].question == 0);
    CHECK(twofa.show_if->children[0].options == std::vector<int>{0, 1});
    CHECK(twofa.show_if->children[1].kind == Condition::Kind::Not);
    REQUIRE(twofa.show_if->children[1].children.size() == 1);
    CHECK(twofa.show_if->children[1].children[0].kind == Condition::Kind::Is);
    CHECK(twofa.show_if->children[1].children[0].question == 2);
    CHECK(twofa.show_if->children[1].children[0].options == std::vector<int>{1});

    REQUIRE(quiz.bands.size() == 3);
    CHECK(quiz.bands[1].max == 70);
    CHECK(quiz.bands[2].summary == "Fully exposed.");

    REQUIRE(quiz.recommendations.size() == 2);
    const auto& drop_pay = quiz.recommendations[0];
    REQUIRE(drop_pay.when.has_value());
    CHECK(drop_pay.when->question == 1);
    REQUIRE(drop_pay.fix.has_value());
    CHECK(drop_pay.fix->question == 1);
    CHECK(drop_pay.fix->options == std::vector<int>{1});
    CHECK(drop_pay.sources.size() == 1);
    const auto& enable_2fa = quiz.recommendations[1];
    CHECK_FALSE(enable_2fa.when.has_value());
    REQUIRE(enable_2fa.fix.has_value());
    CHECK(enable_2fa.fix->question == 3);
    CHECK(enable_2fa.fix->options == std::vector<int>{0});
    CHECK(enable_2fa.sources.empty());
}

TEST_CASE("loader computes max points per the scoring model", "[loader]") {
    auto document = base();
    SECTION("single: the largest option") {
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->questions[0].max_points == 10);
        CHECK(quiz->questions[3].max_points == 6);
    }
    SECTION("multi with a cap below the sum: the cap") {
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->questions[1].max_points == 4);
    }
    SECTION("multi with a cap above the sum: the sum") {
        document["questions"][1]["cap"] = 50;
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->questions[1].max_points == 5);
    }
    SECTION("multi without a cap: the sum") {
        document["questions"][1].erase("cap");
        document["questions"][1]["options"][1]["points"] = 2.5;
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        REQUIRE_THAT(quiz->questions[1].max_points, WithinAbs(5.5, 1e-12));
    }
}

TEST_CASE("loader sets the content hash to the FNV-1a of the raw text", "[loader]") {
    CHECK(exposure::fnv1a_32("") == 0x811c9dc5u);
    CHECK(exposure::fnv1a_32("a") == 0xe40c292cu);
    CHECK(exposure::fnv1a_32("foobar") == 0xbf9cf968u);

    const auto quiz = load_quiz(kBase).value;
    REQUIRE(quiz);
    CHECK(quiz->content_hash == exposure::fnv1a_32(kBase));
    // Same model, different bytes: a different hash (share codes notice edited content).
    const auto reformatted = load_quiz(base().dump()).value;
    REQUIRE(reformatted);
    CHECK(reformatted->content_hash != quiz->content_hash);
}

TEST_CASE("loader leaves optional fields at their defaults when absent", "[loader]") {
    auto document = base();
    document.erase("outro");
    document.erase("minutes");
    document["recommendations"][1].erase("fix");
    const auto quiz = load_quiz(dump(document)).value;
    REQUIRE(quiz);
    CHECK(quiz->outro.empty());
    CHECK(quiz->minutes == 0);
    CHECK_FALSE(quiz->recommendations[1].fix.has_value());
}

TEST_CASE("loader reads reviewed as a month or a day", "[loader]") {
    const std::string date = GENERATE("2026-12", "2026-12-01");
    auto document = base();
    document["reviewed"] = date;
    const auto quiz = load_quiz(dump(document)).value;
    REQUIRE(quiz);
    CHECK(quiz->reviewed == date);
}

TEST_CASE("loader leaves reviewed empty when absent", "[loader]") {
    const auto quiz = load_quiz(dump(base())).value;
    REQUIRE(quiz);
    CHECK(quiz->reviewed.empty());
}

TEST_CASE("loader rejects a reviewed that is not YYYY-MM or YYYY-MM-DD, naming /reviewed",
          "[loader]") {
    const std::string date = GENERATE("December 2026", "2026-13", "2026-00", "2026-1", "26-12",
                                      "2026-12-32", "2026-12-1", "2026/12");
    CAPTURE(date);
    auto document = base();
    document["reviewed"] = date;
    const auto outcome = load_quiz(dump(document));
    REQUIRE_FALSE(outcome.ok());
    const Diagnostic* diagnostic = find_pointer(outcome.diagnostics, "/reviewed");
    REQUIRE(diagnostic != nullptr);
    CHECK_THAT(diagnostic->message, ContainsSubstring("\"YYYY-MM\" or \"YYYY-MM-DD\""));
    CHECK(diagnostic->line > 0);
}

TEST_CASE("loader rejects a reviewed that is not a string", "[loader]") {
    auto document = base();
    document["reviewed"] = 202612;
    const auto outcome = load_quiz(dump(document));
    REQUIRE_FALSE(outcome.ok());
    REQUIRE(find_pointer(outcome.diagnostics, "/reviewed") != nullptr);
}

TEST_CASE("loader accepts keys starting with $ anywhere, for editors", "[loader]") {
    auto document = base();
    document["$comment"] = "top";
    document["questions"][0]["$comment"] = {{"nested", {1, 2, 3}}};
    document["questions"][1]["options"][0]["$note"] = "an option";
    document["questions"][2]["show_if"]["$why"] = "only payers";
    document["bands"][0]["$todo"] = true;
    const auto outcome = load_quiz(dump(document));
    INFO(all_messages(outcome.diagnostics));
    CHECK(outcome.ok());
}

TEST_CASE("loader accepts a byte order mark and any JSON whitespace", "[loader]") {
    const auto outcome = load_quiz("\xEF\xBB\xBF" + base().dump(4, '\t') + "\r\n");
    INFO(all_messages(outcome.diagnostics));
    CHECK(outcome.ok());
}

TEST_CASE("loader accepts a multi fix with an empty answer and an exclusive option alone",
          "[loader]") {
    auto document = base();
    SECTION("empty") {
        document["recommendations"][0]["fix"]["answer"] = Json::array();
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->recommendations[0].fix->options.empty());
    }
    SECTION("exclusive alone") {
        document["recommendations"][0]["fix"]["answer"] = {"none"};
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->recommendations[0].fix->options == std::vector<int>{2});
    }
    SECTION("stored ascending") {
        document["recommendations"][0]["fix"]["answer"] = {"moments", "pay"};
        const auto quiz = load_quiz(dump(document)).value;
        REQUIRE(quiz);
        CHECK(quiz->recommendations[0].fix->options == std::vector<int>{0, 1});
    }
}

TEST_CASE("loader lets a recommendation's when name any question, even a later one", "[loader]") {
    auto document = base();
    document["recommendations"][0]["when"] = {{"q", "twofa"}, {"is", "no"}};
    const auto outcome = load_quiz(dump(document));
    INFO(all_messages(outcome.diagnostics));
    CHECK(outcome.ok());
}

// ---------------------------------------------------------------------------------------------
// Rejections: one row, one mutation of the base quiz, the pointer and words its error must have.

namespace {

struct Rejection {
    const char* what;
    void (*mutate)(Json&);
    const char* pointer;
    const char* words;
};

Json& q(Json& d, int i) {
    return d["questions"][static_cast<std::size_t>(i)];
}
Json& rec(Json& d, int i) {
    return d["recommendations"][static_cast<std::size_t>(i)];
}

const std::vector<Rejection> kRejections = {
    // types and required fields
    {"a number where a string belongs", [](Json& d) { q(d, 0)["prompt"] = 5; },
     "/questions/0/prompt", "expected a string, got a number"},
    {"a string where a number belongs", [](Json& d) { d["categories"][0]["weight"] = "2"; },
     "/categories/0/weight", "expected a number, got a string"},
    {"a string where a boolean belongs", [](Json& d) { q(d, 0)["skippable"] = "yes"; },
     "/questions/0/skippable", "expected true or false"},
    {"a string where an array belongs", [](Json& d) { q(d, 0)["options"] = "cn"; },
     "/questions/0/options", "expected an array, got a string"},
    {"a question that is not an object", [](Json& d) { q(d, 1) = 5; }, "/questions/1",
     "expected a question (an object)"},
    {"a missing question field", [](Json& d) { q(d, 1).erase("help"); }, "/questions/1",
     "missing \"help\""},
    {"a missing top-level field", [](Json& d) { d.erase("title"); }, "", "missing \"title\""},
    {"a missing option field", [](Json& d) { q(d, 0)["options"][1].erase("points"); },
     "/questions/0/options/1", "missing \"points\""},
    {"a missing band field", [](Json& d) { d["bands"][0].erase("summary"); }, "/bands/0",
     "missing \"summary\""},
    {"an empty id", [](Json& d) { q(d, 0)["id"] = ""; }, "/questions/0/id", "id must not be empty"},
    {"an unknown key", [](Json& d) { q(d, 0)["colour"] = "red"; }, "/questions/0/colour",
     "unknown key \"colour\""},
    {"an unknown top-level key", [](Json& d) { d["author"] = "me"; }, "/author",
     "unknown key \"author\""},
    {"an unknown key in a condition", [](Json& d) { q(d, 2)["show_if"]["why"] = "x"; },
     "/questions/2/show_if/why", "unknown key \"why\""},
    // schema and kind
    {"an unsupported schema", [](Json& d) { d["schema"] = 2; }, "/schema",
     "unsupported schema 2 (this engine reads schema 1)"},
    {"a schema that is not a number", [](Json& d) { d["schema"] = "1"; }, "/schema",
     "expected a whole number, got a string"},
    {"an unknown kind", [](Json& d) { q(d, 0)["kind"] = "multiple"; }, "/questions/0/kind",
     "unknown kind \"multiple\" (use \"single\" or \"multi\")"},
    // duplicate ids
    {"a duplicate category id", [](Json& d) { d["categories"][1]["id"] = "privacy"; },
     "/categories/1/id", "duplicate category id \"privacy\" (also /categories/0)"},
    {"a duplicate question id", [](Json& d) { q(d, 2)["id"] = "region"; }, "/questions/2/id",
     "duplicate question id \"region\" (also /questions/0)"},
    {"a duplicate option id", [](Json& d) { q(d, 0)["options"][1]["id"] = "cn"; },
     "/questions/0/options/1/id", "duplicate option id \"cn\""},
    {"a duplicate band id", [](Json& d) { d["bands"][2]["id"] = "low"; }, "/bands/2/id",
     "duplicate band id \"low\""},
    {"a duplicate recommendation id", [](Json& d) { rec(d, 1)["id"] = "drop_pay"; },
     "/recommendations/1/id", "duplicate recommendation id \"drop_pay\""},
    // references
    {"an unknown category", [](Json& d) { q(d, 0)["category"] = "nope"; }, "/questions/0/category",
     "unknown category \"nope\""},
    {"an unknown question in show_if", [](Json& d) { q(d, 2)["show_if"]["q"] = "nope"; },
     "/questions/2/show_if/q",
     "unknown question \"nope\" (questions must refer to earlier questions)"},
    {"a forward reference in show_if",
     [](Json& d) {
         q(d, 2)["show_if"] = {{"q", "twofa"}, {"is", "yes"}};
     },
     "/questions/2/show_if/q", "questions must refer to earlier questions"},
    {"a self reference in show_if",
     [](Json& d) {
         q(d, 2)["show_if"] = {{"q", "pay_use"}, {"is", "daily"}};
     },
     "/questions/2/show_if/q", "refers to itself (questions must refer to earlier questions)"},
    {"a forward reference deep in show_if",
     [](Json& d) { q(d, 3)["show_if"]["all"][1]["not"]["q"] = "twofa"; },
     "/questions/3/show_if/all/1/not/q", "questions must refer to earlier questions"},
    {"an unknown option in is",
     [](Json& d) { q(d, 3)["show_if"]["all"][1]["not"]["is"] = "weekly"; },
     "/questions/3/show_if/all/1/not/is", "unknown option \"weekly\" for question \"pay_use\""},
    {"an unknown option in has", [](Json& d) { q(d, 2)["show_if"]["has"] = "nope"; },
     "/questions/2/show_if/has", "unknown option \"nope\""},
    {"an unknown option in in", [](Json& d) { q(d, 3)["show_if"]["all"][0]["in"][1] = "mars"; },
     "/questions/3/show_if/all/0/in/1", "unknown option \"mars\" for question \"region\""},
    {"an unknown question in a recommendation's when",
     [](Json& d) { rec(d, 0)["when"]["q"] = "nope"; }, "/recommendations/0/when/q",
     "unknown question \"nope\""},
    {"an unknown question in a fix", [](Json& d) { rec(d, 1)["fix"]["q"] = "nope"; },
     "/recommendations/1/fix/q", "unknown question \"nope\""},
    // conditions
    {"has on a single question",
     [](Json& d) {
         q(d, 2)["show_if"] = {{"q", "region"}, {"has", "cn"}};
     },
     "/questions/2/show_if/has", "\"has\" needs a multi question"},
    {"an empty in list", [](Json& d) { q(d, 3)["show_if"]["all"][0]["in"] = Json::array(); },
     "/questions/3/show_if/all/0/in", "\"in\" needs at least one option"},
    {"a condition with two forms", [](Json& d) { q(d, 2)["show_if"]["all"] = Json::array(); },
     "/questions/2/show_if", "exactly one of \"q\", \"all\", \"any\" or \"not\""},
    {"a condition with no form", [](Json& d) { q(d, 2)["show_if"] = Json::object(); },
     "/questions/2/show_if", "needs one of \"q\", \"all\", \"any\" or \"not\""},
    {"a condition with two tests", [](Json& d) { q(d, 2)["show_if"]["is"] = "pay"; },
     "/questions/2/show_if", "exactly one of \"is\", \"in\" or \"has\""},
    {"a condition with no test", [](Json& d) { q(d, 2)["show_if"].erase("has"); },
     "/questions/2/show_if", "exactly one of \"is\", \"in\" or \"has\""},
    {"a test without a question", [](Json& d) { q(d, 2)["show_if"].erase("q"); },
     "/questions/2/show_if", "missing \"q\""},
    {"a condition that is not an object", [](Json& d) { q(d, 2)["show_if"] = "pay"; },
     "/questions/2/show_if", "expected a condition (an object), got a string"},
    {"a not holding an array", [](Json& d) { q(d, 3)["show_if"]["all"][1]["not"] = Json::array(); },
     "/questions/3/show_if/all/1/not", "expected a condition (an object), got an array"},
    {"an all holding an object", [](Json& d) { q(d, 3)["show_if"]["all"] = Json::object(); },
     "/questions/3/show_if/all", "expected an array of conditions"},
    // fixes
    {"a single fix with an array answer", [](Json& d) { rec(d, 1)["fix"]["answer"] = {"yes"}; },
     "/recommendations/1/fix/answer", "question \"twofa\" is single"},
    {"a multi fix with a string answer", [](Json& d) { rec(d, 0)["fix"]["answer"] = "pay"; },
     "/recommendations/0/fix/answer", "question \"features\" is multi"},
    {"a single fix naming an unknown option", [](Json& d) { rec(d, 1)["fix"]["answer"] = "maybe"; },
     "/recommendations/1/fix/answer", "unknown option \"maybe\" for question \"twofa\""},
    {"a multi fix naming an unknown option",
     [](Json& d) {
         rec(d, 0)["fix"]["answer"] = {"moments", "wallet"};
     },
     "/recommendations/0/fix/answer/1", "unknown option \"wallet\""},
    {"a multi fix choosing an exclusive option with others",
     [](Json& d) {
         rec(d, 0)["fix"]["answer"] = {"none", "pay"};
     },
     "/recommendations/0/fix/answer", "option \"none\" is exclusive"},
    {"a fix without an answer", [](Json& d) { rec(d, 1)["fix"].erase("answer"); },
     "/recommendations/1/fix", "missing \"answer\""},
    // numbers
    {"negative points", [](Json& d) { q(d, 0)["options"][0]["points"] = -1; },
     "/questions/0/options/0/points", "points must be 0 or more, got -1"},
    {"infinite points", [](Json& d) { q(d, 0)["options"][0]["points"] = "RAW:1e999"; },
     "/questions/0/options/0/points", "number 1e999 is out of range"},
    {"fewer than two options", [](Json& d) { q(d, 0)["options"].erase(1); }, "/questions/0/options",
     "a question needs at least 2 options, got 1"},
    {"a zero cap", [](Json& d) { q(d, 1)["cap"] = 0; }, "/questions/1/cap",
     "cap must be greater than 0, got 0"},
    {"a negative cap", [](Json& d) { q(d, 1)["cap"] = -2; }, "/questions/1/cap",
     "cap must be greater than 0, got -2"},
    {"a cap on a single question", [](Json& d) { q(d, 0)["cap"] = 5; }, "/questions/0/cap",
     "\"cap\" applies only to multi questions"},
    {"a zero weight", [](Json& d) { d["categories"][1]["weight"] = 0; }, "/categories/1/weight",
     "weight must be greater than 0, got 0"},
    {"a negative weight", [](Json& d) { d["categories"][0]["weight"] = -1.5; },
     "/categories/0/weight", "weight must be greater than 0, got -1.5"},
    {"an infinite weight", [](Json& d) { d["categories"][0]["weight"] = "RAW:-1e400"; },
     "/categories/0/weight", "number -1e400 is out of range"},
    {"bands that do not ascend", [](Json& d) { d["bands"][1]["max"] = 30; }, "/bands/1/max",
     "band maxima must ascend strictly: 30 after 30"},
    {"a last band below 100", [](Json& d) { d["bands"][2]["max"] = 90; }, "/bands/2/max",
     "the last band's max must be 100, got 90"},
    {"a band above 100", [](Json& d) { d["bands"][1]["max"] = 120; }, "/bands/1/max",
     "max must be between 0 and 100, got 120"},
    {"a negative band", [](Json& d) { d["bands"][0]["max"] = -5; }, "/bands/0/max",
     "max must be between 0 and 100, got -5"},
    {"negative minutes", [](Json& d) { d["minutes"] = -1; }, "/minutes",
     "minutes must be a whole number"},
    {"fractional minutes", [](Json& d) { d["minutes"] = 2.5; }, "/minutes",
     "minutes must be a whole number from 1 to 100000, got 2.5"},
    {"zero minutes (leave the field out instead)", [](Json& d) { d["minutes"] = 0; }, "/minutes",
     "minutes must be a whole number from 1 to 100000, got 0"},
    // lists and sources
    {"no categories", [](Json& d) { d["categories"] = Json::array(); }, "/categories",
     "at least one category"},
    {"no questions", [](Json& d) { d["questions"] = Json::array(); }, "/questions",
     "at least one question"},
    {"no bands", [](Json& d) { d["bands"] = Json::array(); }, "/bands", "at least one band"},
    {"a source without a url", [](Json& d) { q(d, 0)["sources"][0].erase("url"); },
     "/questions/0/sources/0", "missing \"url\""},
    {"a source url that is not a web address",
     [](Json& d) { q(d, 0)["sources"][0]["url"] = "javascript:alert(1)"; },
     "/questions/0/sources/0/url", "url must start with https://"},
    {"a plain http source url (https only, as in content/schema/quiz.schema.json)",
     [](Json& d) { q(d, 0)["sources"][0]["url"] = "http://example.org/report"; },
     "/questions/0/sources/0/url",
     "url must start with https:// (sources are linked over https only)"},
    {"questions without sources", [](Json& d) { q(d, 0).erase("sources"); }, "/questions/0",
     "missing \"sources\""},
    {"a quote without its language", [](Json& d) { q(d, 0)["sources"][0].erase("quote_lang"); },
     "/questions/0/sources/0/quote_lang", "missing \"quote_lang\""},
    {"a quote language without a quote", [](Json& d) { q(d, 0)["sources"][0].erase("quote"); },
     "/questions/0/sources/0/quote_lang", "quote_lang without a quote"},
    {"a quote language that is not a language tag",
     [](Json& d) {
         q(d, 0)["sources"][0]["quote"] = "The passage.";
         q(d, 0)["sources"][0]["quote_lang"] = "English";
     },
     "/questions/0/sources/0/quote_lang", "quote_lang must be a language tag"},
    {"a checked date that is only a month",
     [](Json& d) { q(d, 0)["sources"][0]["checked"] = "2026-12"; },
     "/questions/0/sources/0/checked", "checked must be the date the quote was found"},
    {"a root that is not an object", [](Json& d) { d = Json::array(); }, "",
     "expected an object, got an array"},
};

} // namespace

TEST_CASE("loader rejects bad content with the JSON pointer and position of the problem",
          "[loader]") {
    const Rejection& row = GENERATE(from_range(kRejections));
    CAPTURE(row.what);
    Json document = base();
    row.mutate(document);
    const std::string text = dump(document);
    const auto outcome = load_quiz(text);
    INFO(all_messages(outcome.diagnostics));
    REQUIRE_FALSE(outcome.ok());
    const Diagnostic* diagnostic = find_pointer(outcome.diagnostics, row.pointer);
    REQUIRE(diagnostic != nullptr);
    CHECK_THAT(diagnostic->message, ContainsSubstring(row.words));
    CHECK(diagnostic->line > 0);
    CHECK(diagnostic->column > 0);
}

TEST_CASE("loader gives the line and column of a bad value", "[loader]") {
    const std::string text = replace_once(kBase, "\"points\": 4,", "\"points\": -4,");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    const Diagnostic& d = outcome.diagnostics[0];
    CHECK(d.pointer == "/questions/0/options/1/points");
    const auto [line, column] = position_of(text, "-4,");
    CHECK(d.line == line);
    CHECK(d.column == column);
    CHECK(exposure::format_diagnostic("wechat.en.json", d) ==
          "wechat.en.json:" + std::to_string(line) + ":" + std::to_string(column) +
              ": /questions/0/options/1/points: points must be 0 or more, got -4");
}

TEST_CASE("loader gives the position of the object for a missing field", "[loader]") {
    const std::string text = replace_once(kBase, R"("id": "low", )", "");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].pointer == "/bands/0");
    CHECK(outcome.diagnostics[0].message == "missing \"id\"");
    const auto [line, column] = position_of(text, R"({"max": 30)");
    CHECK(outcome.diagnostics[0].line == line);
    CHECK(outcome.diagnostics[0].column == column);
}

TEST_CASE("loader counts columns in characters, not bytes", "[loader]") {
    const std::string text =
        replace_once(kBase, R"("title": "Privacy", "description": "Who can read.", "weight": 2)",
                     R"("title": "隐私", "description": "谁能读", "weight": 0)");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].pointer == "/categories/0/weight");
    // Five three-byte characters precede the value on its line.
    const auto [line, byte_column] = position_of(text, R"("weight": 0})");
    CHECK(outcome.diagnostics[0].line == line);
    CHECK(outcome.diagnostics[0].column == byte_column + 10 - 10);
}

TEST_CASE("loader reports every problem in one pass", "[loader]") {
    Json document = base();
    q(document, 0)["options"][0]["points"] = -1;
    q(document, 1)["kind"] = "several";
    document["bands"][2]["max"] = 99;
    rec(document, 1)["fix"]["q"] = "nope";
    document.erase("intro");
    const auto outcome = load_quiz(dump(document));
    INFO(all_messages(outcome.diagnostics));
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.diagnostics.size() == 5);
    CHECK(find_pointer(outcome.diagnostics, "/questions/0/options/0/points"));
    CHECK(find_pointer(outcome.diagnostics, "/questions/1/kind"));
    CHECK(find_pointer(outcome.diagnostics, "/bands/2/max"));
    CHECK(find_pointer(outcome.diagnostics, "/recommendations/1/fix/q"));
    CHECK(find_pointer(outcome.diagnostics, ""));
}

TEST_CASE("loader lists problems in text order", "[loader]") {
    Json document = base();
    document["bands"][2]["max"] = 99;
    q(document, 0)["options"][0]["points"] = -1;
    document["categories"][0]["weight"] = 0;
    const auto outcome = load_quiz(dump(document));
    REQUIRE(outcome.diagnostics.size() == 3);
    CHECK(outcome.diagnostics[0].pointer == "/categories/0/weight");
    CHECK(outcome.diagnostics[1].pointer == "/questions/0/options/0/points");
    CHECK(outcome.diagnostics[2].pointer == "/bands/2/max");
}

TEST_CASE("loader reports only the schema when the schema is unsupported", "[loader]") {
    const auto outcome = load_quiz(R"({"schema": 2, "questions": "a newer shape"})");
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].pointer == "/schema");
    CHECK(outcome.diagnostics[0].message == "unsupported schema 2 (this engine reads schema 1)");
}

TEST_CASE("loader escapes ids in JSON pointers as RFC 6901 asks", "[loader]") {
    Json document = base();
    q(document, 0)["a/b~c"] = 1;
    const auto outcome = load_quiz(dump(document));
    CHECK(find_pointer(outcome.diagnostics, "/questions/0/a~1b~0c"));
}

// ---------------------------------------------------------------------------------------------
// Syntax: the reader stops at the first syntax error and says where it is.

TEST_CASE("loader reports line and column for a trailing comma", "[loader]") {
    const auto outcome = load_quiz("{\n  \"schema\": 1,\n}\n");
    REQUIRE_FALSE(outcome.ok());
    REQUIRE(outcome.diagnostics.size() == 1);
    const Diagnostic& d = outcome.diagnostics[0];
    CHECK(d.pointer.empty());
    CHECK_THAT(d.message, ContainsSubstring("syntax error"));
    CHECK(d.line == 3);
    CHECK(d.column == 1);
    CHECK(exposure::format_diagnostic("q.json", d).rfind("q.json:3:1: syntax error", 0) == 0);
}

TEST_CASE("loader reports line and column for a missing comma", "[loader]") {
    const std::string text = replace_once(kBase, "\"version\": \"1.0\",", "\"version\": \"1.0\"");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    const auto [line, column] = position_of(text, "\"locale\"");
    CHECK(outcome.diagnostics[0].line == line);
    CHECK(outcome.diagnostics[0].column == column);
    CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("syntax error"));
}

TEST_CASE("loader rejects text after the document", "[loader]") {
    const auto outcome = load_quiz(kBase + "\n{\"more\": 1}");
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK_THAT(outcome.diagnostics[0].message,
               ContainsSubstring("unexpected text after the end of the document"));
    CHECK(outcome.diagnostics[0].line == position_of(kBase + "\n{", "\n{").first + 1);
    CHECK(outcome.diagnostics[0].column == 1);
}

TEST_CASE("loader rejects an empty text and a truncated one", "[loader]") {
    for (const std::string& text : {std::string(), std::string("  \n "), kBase.substr(0, 201)}) {
        CAPTURE(text);
        const auto outcome = load_quiz(text);
        REQUIRE(outcome.diagnostics.size() == 1);
        CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("unexpected end of input"));
        CHECK(outcome.diagnostics[0].line > 0);
    }
}

TEST_CASE("loader reports an unterminated string", "[loader]") {
    const auto outcome = load_quiz("{\"schema\": 1, \"id\": \"te");
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("missing closing quote"));
    CHECK(outcome.diagnostics[0].line == 1);
}

TEST_CASE("loader rejects a number too large for a double with its pointer", "[loader]") {
    const std::string text = replace_once(kBase, "\"points\": 10}", "\"points\": 1e999}");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].pointer == "/questions/0/options/0/points");
    const auto [line, column] = position_of(text, "1e999");
    CHECK(outcome.diagnostics[0].line == line);
    CHECK(outcome.diagnostics[0].column == column);
}

TEST_CASE("loader rejects invalid UTF-8 with its position and a printable message", "[loader]") {
    const std::string text = replace_once(kBase, "Test quiz", "Test \xFF\xFEquiz");
    const auto outcome = load_quiz(text);
    REQUIRE(outcome.diagnostics.size() == 1);
    const Diagnostic& d = outcome.diagnostics[0];
    CHECK_THAT(d.message, ContainsSubstring("UTF-8"));
    const auto [line, column] = position_of(text, "\xFF");
    CHECK(d.line == line);
    CHECK(d.column == column);
    // The message quotes the bad bytes escaped, so it is itself valid, printable text.
    CHECK(d.message.find('\xFF') == std::string::npos);
    CHECK_THAT(d.message, ContainsSubstring("\\xFF"));
}

TEST_CASE("loader rejects a duplicate key at the duplicate", "[loader]") {
    const std::string text =
        replace_once(kBase, R"("id": "pay_use",)", R"("id": "pay_use", "id": "pay_used",)");
    const auto outcome = load_quiz(text);
    REQUIRE_FALSE(outcome.ok());
    REQUIRE(outcome.diagnostics.size() == 1);
    const Diagnostic& d = outcome.diagnostics[0];
    CHECK(d.pointer == "/questions/2/id");
    CHECK(d.message == "duplicate key \"id\"");
    const auto [line, column] = position_of(text, R"("id": "pay_used")");
    CHECK(d.line == line);
    CHECK(d.column == column);
}

TEST_CASE("loader rejects comments, which JSON does not have", "[loader]") {
    const auto outcome = load_quiz(replace_once(kBase, "\"schema\": 1,", "\"schema\": 1, // v1"));
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("syntax error"));
}

TEST_CASE("loader never crashes on any prefix of a valid file", "[loader]") {
    // Cheap hostile-input coverage: every truncation point is some kind of syntax error.
    for (std::size_t length = 0; length + 2 < kBase.size(); length += 7) {
        const auto outcome = load_quiz(kBase.substr(0, length));
        REQUIRE_FALSE(outcome.ok());
        REQUIRE_FALSE(outcome.diagnostics.empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Limits: each names the limit and the actual value.

TEST_CASE("loader refuses text over max_bytes before parsing it", "[loader]") {
    LoadLimits limits;
    limits.max_bytes = 100;
    const auto outcome = load_quiz(kBase, limits);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].message == "content is " + std::to_string(kBase.size()) +
                                                " bytes; the limit is 100 bytes (max_bytes)");
}

TEST_CASE("loader stops at nesting deeper than max_depth", "[loader]") {
    Json document = base();
    document["$comment"] = "RAW:" + std::string(100, '[') + std::string(100, ']');
    const auto outcome = load_quiz(dump(document));
    REQUIRE(outcome.diagnostics.size() == 1);
    const Diagnostic& d = outcome.diagnostics[0];
    CHECK(d.message == "nesting depth 65 exceeds the limit of 64 (max_depth)");
    std::string pointer = "/$comment";
    for (int i = 0; i < 63; ++i) {
        pointer += "/0";
    }
    CHECK(d.pointer == pointer);
    CHECK(d.line > 0);
}

TEST_CASE("loader survives very deep nesting without recursion trouble", "[loader]") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto outcome = load_quiz(deep);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("(max_depth)"));
}

TEST_CASE("loader enforces its count, length and condition limits", "[loader]") {
    struct Row {
        const char* what;
        void (*limit)(LoadLimits&);
        const char* pointer;
        const char* message;
    };
    const Row row = GENERATE(values<Row>({
        {"categories", [](LoadLimits& l) { l.max_categories = 1; }, "/categories",
         "2 categories; the limit is 1 (max_categories)"},
        {"questions", [](LoadLimits& l) { l.max_questions = 3; }, "/questions",
         "4 questions; the limit is 3 (max_questions)"},
        {"options", [](LoadLimits& l) { l.max_options = 2; }, "/questions/1/options",
         "3 options; the limit is 2 (max_options)"},
        {"recommendations", [](LoadLimits& l) { l.max_recommendations = 1; }, "/recommendations",
         "2 recommendations; the limit is 1 (max_recommendations)"},
        {"bands", [](LoadLimits& l) { l.max_bands = 2; }, "/bands",
         "3 bands; the limit is 2 (max_bands)"},
        {"sources", [](LoadLimits& l) { l.max_sources = 0; }, "/questions/0/sources",
         "1 sources; the limit is 0 (max_sources)"},
        {"string bytes", [](LoadLimits& l) { l.max_string_bytes = 30; }, "/questions/0/prompt",
         "string of 34 bytes; the limit is 30 (max_string_bytes)"},
        {"condition depth", [](LoadLimits& l) { l.max_condition_depth = 2; },
         "/questions/3/show_if/all/1/not",
         "condition nesting depth 3 exceeds the limit of 2 (max_condition_depth)"},
    }));
    CAPTURE(row.what);
    LoadLimits limits;
    row.limit(limits);
    const auto outcome = load_quiz(kBase, limits);
    INFO(all_messages(outcome.diagnostics));
    REQUIRE_FALSE(outcome.ok());
    const Diagnostic* d = find_pointer(outcome.diagnostics, row.pointer);
    REQUIRE(d != nullptr);
    CHECK(d->message == row.message);
    CHECK(d->line > 0);
}

TEST_CASE("loader checks the byte length of keys too", "[loader]") {
    Json document = base();
    document["$" + std::string(100, 'k')] = 1;
    LoadLimits limits;
    limits.max_string_bytes = 64;
    const auto outcome = load_quiz(dump(document), limits);
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK_THAT(outcome.diagnostics[0].message, ContainsSubstring("101 bytes"));
}

namespace {

// The base quiz with `extra` more questions, each shown only after the one before it, so that
// conditions resolve across the whole list.
std::string quiz_with_chained_questions(int extra) {
    Json document = base();
    Json& questions = document["questions"];
    const Json pattern = questions[3];
    for (int i = 0; i < extra; ++i) {
        Json question = pattern;
        question["id"] = "extra_" + std::to_string(i);
        question["show_if"] = {
            {"q", i == 0 ? std::string("twofa") : "extra_" + std::to_string(i - 1)},
            {"in", {"yes", "no"}}};
        questions.push_back(question);
    }
    return dump(document);
}

// The heap allocations (and bytes) loading `text` takes.
test_support::Allocations allocations_to_load(const std::string& text) {
    const test_support::CountAllocations counting;
    const auto outcome = load_quiz(text);
    const test_support::Allocations taken = counting.taken();
    INFO(all_messages(outcome.diagnostics));
    REQUIRE(outcome.ok());
    return taken;
}

} // namespace

TEST_CASE("loader work grows linearly with the number of questions", "[loader]") {
    // Work is counted as heap allocations and bytes allocated, which do not depend on the
    // machine or its load: loading 4x the questions must take about 4x the work. Quadratic work
    // (copying the quiz so far for each question, a JSON pointer built per comparison) would
    // take about 16x; the bound lies between.
    const std::string small = quiz_with_chained_questions(250);
    const std::string large = quiz_with_chained_questions(1000 - 4);
    const test_support::Allocations one = allocations_to_load(small);
    const test_support::Allocations four = allocations_to_load(large);
    const double count_ratio = double(four.count) / double(one.count);
    const double bytes_ratio = double(four.bytes) / double(one.bytes);
    INFO("254 questions: " << one.count << " allocations, " << one.bytes << " bytes; 1000: "
                           << four.count << " allocations, " << four.bytes << " bytes");
    CHECK(count_ratio < 6);
    CHECK(bytes_ratio < 6);

    const auto outcome = load_quiz(large);
    REQUIRE(outcome.ok());
    CHECK(outcome.value->questions.size() == 1000);
    CHECK(outcome.value->questions[999].show_if->question == 998);
}

// ---------------------------------------------------------------------------------------------
// The content that ships.

TEST_CASE("every quiz file of content/ loads without diagnostics", "[loader][content]") {
    namespace fs = std::filesystem;
    const fs::path directory = EXPOSURE_CONTENT_DIR;
    REQUIRE(fs::is_directory(directory));
    // Quiz files: each package's structure (QUIZ/quiz.json) and its frozen versions
    // (QUIZ/versions/N/LOCALE.json). Locale files, translations, manifests, the list of quizzes
    // and schemas are read by their own loaders. Every file shipped is listed, so a moved, emptied
    // or half-committed folder fails.
    std::vector<std::string> expected;
    for (const char* quiz : {"messaging", "wechat"}) {
        expected.push_back(std::string(quiz) + "/quiz.json");
        for (const char* locale : {"en", "zh-Hans", "zh-Hant"})
            expected.push_back(std::string(quiz) + "/versions/1/" + locale + ".json");
        for (const char* locale : {"en", "zh-Hans", "zh-Hant", "zh-Hant-HK"})
            expected.push_back(std::string(quiz) + "/versions/2/" + locale + ".json");
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
        const fs::path relative = fs::relative(entry.path(), directory);
        const std::string name = relative.generic_string();
        const std::string top = relative.begin()->string();
        if (!entry.is_regular_file() || relative.extension() != ".json" || top == "schema" ||
            top == "locales" || name.find("/text/") != std::string::npos ||
            relative.filename() == "versions.json" || name == "quizzes.json") {
            continue;
        }
        found.push_back(name);
        CAPTURE(name);
        const auto outcome = load_quiz(read_file(entry.path()));
        std::string messages;
        for (const Diagnostic& d : outcome.diagnostics) {
            messages += exposure::format_diagnostic(name, d) + "\n";
        }
        INFO(messages);
        CHECK(outcome.ok());
        CHECK(outcome.diagnostics.empty());
    }
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected);
}

TEST_CASE("loader shows at most 500 problems, in text order, and says there were more",
          "[loader]") {
    // One minified line with thousands of unknown keys: bounded output, found quickly.
    Json document = base();
    for (int i = 0; i < 20000; ++i) {
        document["questions"][0]["k" + std::to_string(i)] = i;
    }
    const auto outcome = load_quiz(document.dump());
    REQUIRE(outcome.diagnostics.size() == 501);
    CHECK(outcome.diagnostics[0].pointer == "/questions/0/k0");
    CHECK(outcome.diagnostics[0].line == 1);
    CHECK(outcome.diagnostics[1].column > outcome.diagnostics[0].column);
    CHECK(outcome.diagnostics[500].message == "too many problems; showing the first 500");
}

// ---------------------------------------------------------------------------------------------
// Diagnostic codes: each kind of problem says which it is, for programs.

namespace {

struct CodedRejection {
    const char* what;
    void (*mutate)(Json&);
    const char* pointer;
    exposure::DiagnosticCode code;
};

using Code = exposure::DiagnosticCode;

const std::vector<CodedRejection> kCodedRejections = {
    {"another schema", [](Json& d) { d["schema"] = 2; }, "/schema", Code::UnsupportedSchema},
    {"a number as title", [](Json& d) { d["title"] = 5; }, "/title", Code::WrongType},
    {"no title", [](Json& d) { d.erase("title"); }, "", Code::MissingField},
    {"an unknown key", [](Json& d) { d["colour"] = "red"; }, "/colour", Code::UnknownKey},
    {"negative points", [](Json& d) { q(d, 0)["options"][0]["points"] = -1; },
     "/questions/0/options/0/points", Code::InvalidValue},
    {"a repeated question id", [](Json& d) { q(d, 1)["id"] = "region"; }, "/questions/1/id",
     Code::DuplicateId},
    {"an unknown category", [](Json& d) { q(d, 0)["category"] = "nope"; }, "/questions/0/category",
     Code::UnknownReference},
    {"an unknown option in a condition",
     [](Json& d) {
         q(d, 2)["show_if"] = {{"q", "features"}, {"has", "nope"}};
     },
     "/questions/2/show_if/has", Code::UnknownReference},
    {"a show_if on a later question",
     [](Json& d) {
         q(d, 0)["show_if"] = {{"q", "twofa"}, {"is", "yes"}};
     },
     "/questions/0/show_if/q", Code::ForwardReference},
    {"a fix combining an exclusive option",
     [](Json& d) {
         rec(d, 0)["fix"]["answer"] = {"pay", "none"};
     },
     "/recommendations/0/fix/answer", Code::ExclusiveNotAlone},
    {"too many bands",
     [](Json& d) {
         for (int i = 0; i < 20; ++i) {
             d["bands"].push_back(d["bands"][0]);
         }
     },
     "/bands", Code::LimitExceeded},
};

} // namespace

TEST_CASE("loader gives each kind of content problem its diagnostic code", "[loader]") {
    const CodedRejection& row = GENERATE(from_range(kCodedRejections));
    CAPTURE(row.what);
    Json document = base();
    row.mutate(document);
    const auto outcome = load_quiz(dump(document));
    INFO(all_messages(outcome.diagnostics));
    const Diagnostic* diagnostic = find_pointer(outcome.diagnostics, row.pointer);
    REQUIRE(diagnostic != nullptr);
    CHECK(diagnostic_code_name(diagnostic->code) == diagnostic_code_name(row.code));
}

TEST_CASE("loader gives text that is not JSON the code json-syntax", "[loader]") {
    const auto outcome =
        load_quiz(GENERATE(as<std::string>{}, "{\"schema\": 1,}", "[1] 2", "{\"n\": 1e999}"));
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].code == Code::JsonSyntax);
}

TEST_CASE("loader gives a repeated key the code duplicate-key", "[loader]") {
    const auto outcome = load_quiz(R"({"schema": 1, "schema": 1})");
    const Diagnostic* diagnostic = find_pointer(outcome.diagnostics, "/schema");
    REQUIRE(diagnostic != nullptr);
    CHECK(diagnostic->code == Code::DuplicateKey);
}

TEST_CASE("loader gives an exceeded size or depth or string limit the code limit-exceeded",
          "[loader]") {
    LoadLimits limits;
    limits.max_bytes = 4;
    CHECK(load_quiz("{\"schema\": 1}", limits).diagnostics.at(0).code == Code::LimitExceeded);
    CHECK(load_quiz(std::string(100, '[') + std::string(100, ']')).diagnostics.at(0).code ==
          Code::LimitExceeded);
    const std::string long_string = "{\"id\": \"" + std::string(9000, 'x') + "\"}";
    const auto outcome = load_quiz(long_string);
    const Diagnostic* too_long = find_pointer(outcome.diagnostics, "/id");
    REQUIRE(too_long != nullptr);
    CHECK(too_long->code == Code::LimitExceeded);
}

TEST_CASE("loader gives the note that problems were cut the code too-many-problems", "[loader]") {
    Json document = base();
    for (int i = 0; i < 600; ++i) {
        document["k" + std::to_string(i)] = i;
    }
    const auto outcome = load_quiz(document.dump());
    REQUIRE(outcome.diagnostics.size() == 501);
    CHECK(outcome.diagnostics[499].code == Code::UnknownKey);
    CHECK(outcome.diagnostics[500].code == Code::TooManyProblems);
}
