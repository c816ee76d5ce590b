// The report as JSON and as text.
#include "test_quizzes.hpp"

#include "exposure/plan.hpp"
#include "exposure/report_json.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;
using Json = nlohmann::json;

namespace {

Answers typical_answers(const Quiz& quiz) {
    Answers answers = none(quiz);
    answers[0] = chosen({1});
    answers[1] = chosen({0, 2});
    answers[2] = chosen({1});
    answers[3] = chosen({1});
    return answers;
}

Json json_report(const Quiz& quiz, const Answers& answers) {
    const std::string text = report_to_json(quiz, answers, score(quiz, answers));
    REQUIRE(Json::accept(text));
    return Json::parse(text);
}

// How English and Chinese say when facts were checked (as content/locales/ words them).
const DateWords kEnglishDates{"Facts checked {2} {0}",
                              {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"}};
const DateWords kChineseDates{"事实核查于 {0} 年 {1} 月", {}};

// The text report of `answers`, scored the way the page scores them.
std::string text_report(const Quiz& quiz, const Answers& answers) {
    return report_to_text(quiz, answers, score(quiz, answers),
                          facts_checked_line(quiz, kEnglishDates));
}

} // namespace

TEST_CASE("the JSON report has exactly the documented keys, in order", "[report]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const std::string text = report_to_json(quiz, answers, score(quiz, answers));
    CHECK(text.find('\n') == std::string::npos); // one line
    const nlohmann::ordered_json json = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto& item : json.items()) {
        keys.push_back(item.key());
    }
    CHECK(keys == std::vector<std::string>{"report_schema", "quiz", "version", "lang", "score",
                                           "band", "band_title", "categories", "contributions",
                                           "recommendations", "visible", "answered", "skipped",
                                           "share"});
    CHECK(json["report_schema"] == kReportSchemaVersion);
    CHECK(json["quiz"] == "small");
}

TEST_CASE("the JSON report names the quiz's published version and its language", "[report]") {
    Quiz quiz = small_quiz();
    quiz.published = 3;
    quiz.locale = "zh-Hant";
    const Json json = json_report(quiz, typical_answers(quiz));
    CHECK(json["version"] == 3);
    CHECK(json["lang"] == "zh-Hant");
}

TEST_CASE("JSON numbers are the engine's doubles, unrounded", "[report]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Report report = score(quiz, answers);
    const Json json = json_report(quiz, answers);
    CHECK(json["score"].get<double>() == report.score);
    CHECK(json["categories"]["acct"].get<double>() == *report.categories[0].score);
    CHECK(json["contributions"]["account"].get<double>() == report.contributions[0].points);
    CHECK(json["recommendations"][0]["delta"].get<double>() == *report.recommendations[0].delta);
}

TEST_CASE("the JSON report shows a category that is not assessed as null", "[report]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[3] = chosen({1});
    const Json json = json_report(quiz, answers);
    CHECK(json["categories"]["data"].is_null());
    CHECK(json["categories"]["acct"] == 100.0);
    CHECK(json["band"] == "high");
    CHECK(json["band_title"] == "Band high");
}

TEST_CASE("the JSON report lists recommendations in display order with null for no fix",
          "[report]") {
    const Quiz quiz = small_quiz();
    const Json json = json_report(quiz, typical_answers(quiz));
    REQUIRE(json["recommendations"].size() == 3);
    CHECK(json["recommendations"][0]["id"] == "drop-features"); // -27.8
    CHECK(json["recommendations"][1]["id"] == "use-pin");       // -26.7
    CHECK(json["recommendations"][2]["id"] == "read-more");
    CHECK(json["recommendations"][2]["delta"].is_null());
}

TEST_CASE("the JSON report counts and share code reproduce the answers", "[report]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Json json = json_report(quiz, answers);
    CHECK(json["visible"] == 4);
    CHECK(json["answered"] == 4);
    CHECK(*decode_share(quiz, json["share"].get<std::string>()).value == answers);
}

TEST_CASE("with a plan, the JSON report ends with its projection", "[report][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Plan plan = *plan_from_ids(quiz, {"use-pin", "read-more", "drop-features"}).value;
    const PlanProjection projection = project_plan(quiz, answers, plan);
    const nlohmann::ordered_json json = nlohmann::ordered_json::parse(
        report_to_json(quiz, answers, score(quiz, answers), projection));
    CHECK(json.back() == json["plan"]);
    const auto& planned = json["plan"];
    std::vector<std::string> keys;
    for (const auto& item : planned.items()) {
        keys.push_back(item.key());
    }
    CHECK(keys == std::vector<std::string>{"ticked", "score", "band", "band_title", "categories",
                                           "change", "sum_of_deltas", "applied", "superseded",
                                           "without_fix", "not_applicable"});
    CHECK(planned["ticked"] == nlohmann::ordered_json{"use-pin", "read-more", "drop-features"});
    CHECK(planned["score"].get<double>() == projection.planned.score); // unrounded
    CHECK(planned["change"].get<double>() == projection.change);
    CHECK(planned["band"] == "low"); // acct 1 of 5, data 0 of 4: 40 / 3
    CHECK(planned["categories"]["acct"].get<double>() == *projection.planned.categories[0].score);
    CHECK(planned["applied"] == nlohmann::ordered_json{"use-pin", "drop-features"});
    CHECK(planned["without_fix"] == nlohmann::ordered_json{"read-more"});
    CHECK(planned["not_applicable"].empty());
}

TEST_CASE("with a plan, the report's share code carries the plan", "[report][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Plan plan = *plan_from_ids(quiz, {"use-pin"}).value;
    const PlanProjection projection = project_plan(quiz, answers, plan);
    const Json json = Json::parse(report_to_json(quiz, answers, score(quiz, answers), projection));
    const Outcome<SharedResult> decoded =
        decode_shared_result(quiz, json["share"].get<std::string>());
    REQUIRE(decoded.ok());
    CHECK(decoded.value->answers == answers);
    CHECK(decoded.value->plan == plan);
}

TEST_CASE("with an empty plan, the report is the report without one", "[report][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Report report = score(quiz, answers);
    const PlanProjection projection = project_plan(quiz, answers, Plan{});
    CHECK(report_to_json(quiz, answers, report, projection) ==
          report_to_json(quiz, answers, report));
    CHECK(report_to_text(quiz, answers, report, "", projection) ==
          report_to_text(quiz, answers, report, ""));
}

TEST_CASE("with a plan, the text report shows the score now and with the plan", "[report][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const Plan plan = *plan_from_ids(quiz, {"use-pin", "read-more", "drop-features"}).value;
    const std::string text =
        report_to_text(quiz, answers, score(quiz, answers), "", project_plan(quiz, answers, plan));
    CHECK_THAT(text, ContainsSubstring("Your plan (3 actions)\n"
                                       "  67.8 now -> 13.3 with your plan (Band low)\n"));
    CHECK_THAT(text, ContainsSubstring("    Category acct: 60.0 -> 20.0\n"));
    CHECK_THAT(text, ContainsSubstring("    Category data: 83.3 -> 0.0\n"));
    CHECK_THAT(text,
               ContainsSubstring("Done, not points (no answer changes):\n    Do read-more\n"));
    CHECK_THAT(text, ContainsSubstring("Share code: " + encode_share(quiz, answers, plan)));
}

TEST_CASE("the text report rounds to one decimal and says what each action saves", "[report]") {
    const Quiz quiz = small_quiz();
    const Answers answers = typical_answers(quiz);
    const std::string text = text_report(quiz, answers);
    // acct: 3 of 5 = 60, data: 5 of 6 = 83.33 -> (120 + 83.33) / 3 = 67.78
    CHECK_THAT(text, ContainsSubstring("Score: 67.8 / 100 (Band high)"));
    CHECK_THAT(text, ContainsSubstring("Category acct: 60.0"));
    CHECK_THAT(text, ContainsSubstring("1. Do drop-features (saves 27.8 points)"));
    CHECK_THAT(text, ContainsSubstring("2. Do use-pin (saves 26.7 points)"));
    CHECK_THAT(text, ContainsSubstring("3. Do read-more\n"));
    CHECK_THAT(text, ContainsSubstring("Share code: " + encode_share(quiz, answers)));
}

TEST_CASE("the text report says which categories are not assessed", "[report]") {
    const Quiz quiz = small_quiz();
    const std::string text = text_report(quiz, none(quiz));
    CHECK_THAT(text, ContainsSubstring("Category data: not assessed"));
    CHECK_THAT(text, ContainsSubstring("Score: 0.0 / 100"));
}

TEST_CASE("the report counts the questions the reader skipped", "[report]") {
    const Quiz quiz = small_quiz();
    Answers answers = typical_answers(quiz);
    CHECK(score(quiz, answers).skipped == 0);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (quiz.questions[q].skippable)
            answers[q] = skipped();
    }
    const Report report = score(quiz, answers);
    REQUIRE(report.skipped > 0);
    CHECK(json_report(quiz, answers)["skipped"] == report.skipped);
}

TEST_CASE("the skipped note says how many questions the score leaves out", "[report]") {
    Report report;
    CHECK(skipped_note(report).empty());
    report.skipped = 1;
    CHECK(skipped_note(report) == "You skipped 1 question; the score leaves it out.");
    report.skipped = 2;
    CHECK(skipped_note(report) == "You skipped 2 questions; the score leaves them out.");
}

TEST_CASE("the text report says when questions were skipped", "[report]") {
    const Quiz quiz = small_quiz();
    Answers answers = typical_answers(quiz);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (quiz.questions[q].skippable)
            answers[q] = skipped();
    }
    const Report report = score(quiz, answers);
    CHECK_THAT(report_to_text(quiz, answers, report, ""), ContainsSubstring(skipped_note(report)));
}

TEST_CASE("the text report says when the facts were checked", "[report]") {
    Quiz quiz = small_quiz();
    quiz.reviewed = "2026-12";
    CHECK_THAT(text_report(quiz, typical_answers(quiz)),
               ContainsSubstring("Facts checked December 2026."));
}

TEST_CASE("facts_checked_line names the month in words and ignores the day", "[report]") {
    Quiz quiz = small_quiz();
    quiz.reviewed = "2026-12";
    CHECK(facts_checked_line(quiz, kEnglishDates) == "Facts checked December 2026");
    quiz.reviewed = "2025-03-14";
    CHECK(facts_checked_line(quiz, kEnglishDates) == "Facts checked March 2025");
}

TEST_CASE("facts_checked_line is empty for a quiz without a review date", "[report]") {
    Quiz quiz = small_quiz();
    quiz.reviewed.clear();
    CHECK(facts_checked_line(quiz, kEnglishDates).empty());
}

TEST_CASE("facts_checked_line is empty without words to say it in", "[report]") {
    Quiz quiz = small_quiz();
    quiz.reviewed = "2026-01";
    CHECK(facts_checked_line(quiz, DateWords{}).empty());
}

TEST_CASE("facts_checked_line puts the year and the month's number where a language's words say",
          "[report]") {
    Quiz quiz = small_quiz();
    quiz.reviewed = "2026-03-14";
    CHECK(facts_checked_line(quiz, kChineseDates) == "事实核查于 2026 年 3 月");
}
