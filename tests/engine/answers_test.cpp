// Answers files: `{"answers": {"QID": "OPT" | ["OPT", ...] | null}}` read strictly, written stably.
#include "exposure/answers.hpp"
#include "exposure/loader.hpp"

#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

using Catch::Matchers::ContainsSubstring;
using exposure::Answer;
using exposure::Answers;
using exposure::Diagnostic;
using exposure::read_answers_json;
using exposure::write_answers_json;

namespace {

// q0 region: single, skippable; q1 features: multi with an exclusive "none"; q2 twofa: single.
const std::string kQuiz = R"json({
  "schema": 1, "id": "answers-test", "version": "1", "locale": "en",
  "title": "T", "intro": "I",
  "categories": [{"id": "c", "title": "C", "description": "", "weight": 1}],
  "questions": [
    {"id": "region", "category": "c", "kind": "single", "prompt": "P", "help": "H",
     "sources": [], "skippable": true,
     "options": [{"id": "cn", "label": "CN", "points": 1}, {"id": "intl", "label": "I", "points": 0}]},
    {"id": "features", "category": "c", "kind": "multi", "prompt": "P", "help": "H",
     "sources": [],
     "options": [{"id": "pay", "label": "Pay", "points": 3},
                 {"id": "moments", "label": "Moments", "points": 2},
                 {"id": "channels", "label": "Channels", "points": 1},
                 {"id": "none", "label": "None", "points": 0, "exclusive": true}]},
    {"id": "twofa", "category": "c", "kind": "single", "prompt": "P", "help": "H",
     "sources": [],
     "options": [{"id": "yes", "label": "Yes", "points": 0}, {"id": "no", "label": "No", "points": 6}]}
  ],
  "bands": [{"id": "all", "max": 100, "title": "All", "summary": "S"}],
  "recommendations": []
})json";

const exposure::Quiz& quiz() {
    static const exposure::Quiz loaded = [] {
        auto outcome = exposure::load_quiz(kQuiz);
        REQUIRE(outcome.ok());
        return *outcome.value;
    }();
    return loaded;
}

Answer chosen(std::vector<int> options) {
    Answer answer;
    answer.state = Answer::State::Chosen;
    answer.options = std::move(options);
    return answer;
}

Answer skipped() {
    Answer answer;
    answer.state = Answer::State::Skipped;
    return answer;
}

std::string all_messages(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        text += exposure::format_diagnostic("answers.json", d) + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("empty answers have one unanswered slot per question", "[answers]") {
    const Answers answers = exposure::empty_answers(quiz());
    REQUIRE(answers.size() == 3);
    for (const Answer& answer : answers) {
        CHECK(answer.state == Answer::State::Unanswered);
        CHECK(answer.options.empty());
    }
}

TEST_CASE("answers are read by question and option id", "[answers]") {
    const auto outcome = read_answers_json(
        quiz(), R"({"answers": {"twofa": "no", "region": null, "features": ["moments", "pay"]}})");
    INFO(all_messages(outcome.diagnostics));
    REQUIRE(outcome.ok());
    const Answers& answers = *outcome.value;
    REQUIRE(answers.size() == 3);
    CHECK(answers[0] == skipped());
    CHECK(answers[1] == chosen({0, 1})); // stored ascending, whatever the file's order
    CHECK(answers[2] == chosen({1}));
}

TEST_CASE("an absent question is unanswered", "[answers]") {
    const auto outcome = read_answers_json(quiz(), R"({"answers": {"twofa": "yes"}})");
    REQUIRE(outcome.ok());
    CHECK((*outcome.value)[0].state == Answer::State::Unanswered);
    CHECK((*outcome.value)[1].state == Answer::State::Unanswered);
}

TEST_CASE("an empty answers object gives empty answers", "[answers]") {
    const auto outcome = read_answers_json(quiz(), R"({"answers": {}, "$comment": "none yet"})");
    REQUIRE(outcome.ok());
    CHECK(*outcome.value == exposure::empty_answers(quiz()));
}

TEST_CASE("repeated options in a multi answer collapse", "[answers]") {
    const auto outcome =
        read_answers_json(quiz(), R"({"answers": {"features": ["pay", "channels", "pay"]}})");
    REQUIRE(outcome.ok());
    CHECK((*outcome.value)[1] == chosen({0, 2}));
}

TEST_CASE("an exclusive option alone is a valid multi answer", "[answers]") {
    const auto outcome = read_answers_json(quiz(), R"({"answers": {"features": ["none"]}})");
    REQUIRE(outcome.ok());
    CHECK((*outcome.value)[1] == chosen({3}));
}

TEST_CASE("an empty array is a multi answer with nothing chosen", "[answers]") {
    const auto outcome = read_answers_json(quiz(), R"({"answers": {"features": []}})");
    REQUIRE(outcome.ok());
    CHECK((*outcome.value)[1] == chosen({}));
}

TEST_CASE("bad answers files are rejected with the pointer of the offending entry", "[answers]") {
    struct Row {
        const char* text;
        const char* pointer;
        const char* words;
    };
    const Row row = GENERATE(values<Row>({
        {R"({"answers": {"pay_use": "daily"}})", "/answers/pay_use",
         "unknown question \"pay_use\""},
        {R"({"answers": {"twofa": "maybe"}})", "/answers/twofa",
         "unknown option \"maybe\" for question \"twofa\""},
        {R"({"answers": {"features": ["pay", "wallet"]}})", "/answers/features/1",
         "unknown option \"wallet\" for question \"features\""},
        {R"({"answers": {"features": ["pay", 3]}})", "/answers/features/1",
         "expected an option id (a string), got a number"},
        {R"({"answers": {"twofa": null}})", "/answers/twofa",
         "question \"twofa\" cannot be skipped"},
        {R"({"answers": {"twofa": ["yes"]}})", "/answers/twofa",
         "question \"twofa\" is single: expected one option id (a string) or null, got an array"},
        {R"({"answers": {"features": "pay"}})", "/answers/features",
         "question \"features\" is multi: expected an array of option ids or null, got a string"},
        {R"({"answers": {"region": 1}})", "/answers/region", "is single"},
        {R"({"answers": {"features": ["none", "pay"]}})", "/answers/features",
         "option \"none\" is exclusive and cannot be chosen together with other options"},
        {R"({"answers": {"twofa": "yes", "twofa": "no"}})", "/answers/twofa",
         "duplicate key \"twofa\""},
        {R"({"answers": {"a/b": "x"}})", "/answers/a~1b", "unknown question \"a/b\""},
        {R"({"answers": ["twofa"]})", "/answers", "expected an object"},
        {R"({"answer": {}})", "/answer", "unknown key \"answer\""},
        {R"({"answer": {}})", "", "missing \"answers\""},
        {R"(["twofa"])", "", "expected an object with \"answers\""},
        {R"({"answers": {"twofa": "yes"}} x)", "", "unexpected text after the end of the document"},
        {R"({"answers": {"twofa": "yes",}})", "", "syntax error"},
        {"{\"answers\": {\"twofa\": \"y\xC3\"}}", "", "UTF-8"},
    }));
    CAPTURE(row.text);
    const auto outcome = read_answers_json(quiz(), row.text);
    INFO(all_messages(outcome.diagnostics));
    REQUIRE_FALSE(outcome.ok());
    const Diagnostic* found = nullptr;
    for (const Diagnostic& d : outcome.diagnostics) {
        if (d.pointer == row.pointer) {
            found = &d;
            break;
        }
    }
    REQUIRE(found != nullptr);
    CHECK_THAT(found->message, ContainsSubstring(row.words));
    CHECK(found->line == 1);
    CHECK(found->column > 0);
}

TEST_CASE("answers reading reports every bad entry at once", "[answers]") {
    const auto outcome = read_answers_json(
        quiz(), R"({"answers": {"twofa": "maybe", "nope": "x", "features": ["pay", "none"]}})");
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.diagnostics.size() == 3);
}

TEST_CASE("answers are written in content order with ids", "[answers]") {
    Answers answers = exposure::empty_answers(quiz());
    answers[2] = chosen({1});
    answers[0] = skipped();
    answers[1] = chosen({2, 0});
    CHECK(write_answers_json(quiz(), answers) == "{\n"
                                                 "  \"answers\": {\n"
                                                 "    \"region\": null,\n"
                                                 "    \"features\": [\"pay\", \"channels\"],\n"
                                                 "    \"twofa\": \"no\"\n"
                                                 "  }\n"
                                                 "}\n");
}

TEST_CASE("unanswered questions are left out when writing", "[answers]") {
    CHECK(write_answers_json(quiz(), exposure::empty_answers(quiz())) ==
          "{\n  \"answers\": {}\n}\n");
}

TEST_CASE("writing then reading answers gives them back", "[answers]") {
    const Answers original = GENERATE(Answers{Answer{}, Answer{}, Answer{}},
                                      Answers{skipped(), chosen({3}), chosen({0})},
                                      Answers{chosen({1}), chosen({0, 1, 2}), Answer{}},
                                      Answers{Answer{}, chosen({}), chosen({1})});
    const std::string text = write_answers_json(quiz(), original);
    CAPTURE(text);
    const auto outcome = read_answers_json(quiz(), text);
    INFO(all_messages(outcome.diagnostics));
    REQUIRE(outcome.ok());
    CHECK(*outcome.value == original);
}

// ---- answer_to_json: one question's answer as the page reports it --------------------------

TEST_CASE("answer_to_json gives a single answer as its option id", "[answers]") {
    Answers answers = exposure::empty_answers(quiz());
    answers[2] = chosen({1});
    CHECK(exposure::answer_to_json(quiz(), answers, 2) ==
          R"({"question":"twofa","answer":"no","skipped":false})");
}

TEST_CASE("answer_to_json gives a multi answer as an array of option ids", "[answers]") {
    Answers answers = exposure::empty_answers(quiz());
    answers[1] = chosen({0, 2});
    CHECK(exposure::answer_to_json(quiz(), answers, 1) ==
          R"({"question":"features","answer":["pay","channels"],"skipped":false})");
}

TEST_CASE("answer_to_json gives a skipped question a null answer and skipped true", "[answers]") {
    Answers answers = exposure::empty_answers(quiz());
    answers[0] = skipped();
    CHECK(exposure::answer_to_json(quiz(), answers, 0) ==
          R"({"question":"region","answer":null,"skipped":true})");
}

TEST_CASE("answer_to_json gives an unanswered question a null answer and skipped false",
          "[answers]") {
    CHECK(exposure::answer_to_json(quiz(), exposure::empty_answers(quiz()), 0) ==
          R"({"question":"region","answer":null,"skipped":false})");
}

TEST_CASE("answer_to_json escapes ids as JSON strings", "[answers]") {
    exposure::Quiz odd = quiz();
    odd.questions[2].id = "say \"hi\"\\now";
    odd.questions[2].options[0].id = "tab\there";
    Answers answers = exposure::empty_answers(odd);
    answers[2] = chosen({0});
    CHECK(exposure::answer_to_json(odd, answers, 2) ==
          R"({"question":"say \"hi\"\\now","answer":"tab\there","skipped":false})");
}

TEST_CASE("answer_to_json gives null for a question out of range", "[answers]") {
    CHECK(exposure::answer_to_json(quiz(), exposure::empty_answers(quiz()), 3) == "null");
    CHECK(exposure::answer_to_json(quiz(), exposure::empty_answers(quiz()), -1) == "null");
}

TEST_CASE("answers reading gives each kind of problem its diagnostic code", "[answers]") {
    using Code = exposure::DiagnosticCode;
    auto [text, code] = GENERATE(table<std::string, Code>({
        {R"({"answers": {"region": "cn",})", Code::JsonSyntax},
        {R"({"answers": {}, "answers": {}})", Code::DuplicateKey},
        {R"({})", Code::MissingField},
        {R"({"answers": {}, "extra": 1})", Code::UnknownKey},
        {R"({"answers": []})", Code::WrongType},
        {R"({"answers": {"twofa": ["yes"]}})", Code::WrongType},
        {R"({"answers": {"nope": "yes"}})", Code::UnknownReference},
        {R"({"answers": {"twofa": "maybe"}})", Code::UnknownReference},
        {R"({"answers": {"twofa": null}})", Code::InvalidValue},
        {R"({"answers": {"features": ["pay", "none"]}})", Code::ExclusiveNotAlone},
        {std::string(1024 * 1024 + 1, ' '), Code::LimitExceeded},
    }));
    CAPTURE(text.substr(0, 60));
    const auto outcome = read_answers_json(quiz(), text);
    REQUIRE_FALSE(outcome.diagnostics.empty());
    CHECK(exposure::diagnostic_code_name(outcome.diagnostics[0].code) ==
          exposure::diagnostic_code_name(code));
}
