// Compare: the rules of exposure/compare.hpp (docs/scoring.md, "Compare"), one behaviour per test
// case, on quizzes built in code. tests/content/plans_test.cpp compares real links across the
// shipped quiz's published versions.
#include "test_quizzes.hpp"

#include "exposure/compare.hpp"
#include "exposure/plan.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"

#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;
using Json = nlohmann::ordered_json;
using Status = PlanItemOutcome::Status;

namespace {

// account b, features a+c, backup b, pin b: 67.8 (acct 60, data 83.3).
Answers earlier_answers() {
    return {chosen({1}), chosen({0, 2}), chosen({1}), chosen({1})};
}

// The same reader later: pin a (use-pin done), features d (backup hidden): acct 20, data 0.
Answers later_answers() {
    return {chosen({1}), chosen({3}), chosen({1}), chosen({0})};
}

SharedResult result(Answers answers, std::vector<std::string> plan = {}) {
    return {std::move(answers), *plan_from_ids(small_quiz(), plan).value};
}

Comparison compared(const Quiz& then_quiz, const SharedResult& then, const Quiz& now_quiz,
                    const SharedResult& now) {
    Outcome<Comparison> comparison = compare_results({then_quiz, then}, {now_quiz, now});
    REQUIRE(comparison.ok());
    return *comparison.value;
}

// small_quiz() as a later version would change it: "pin" gone, a category "social" with a
// question "moments" (a=0 b=2) added, use-pin dropped, and published as version 2.
Quiz small_quiz_version_2() {
    QuizBuilder b("small");
    b.category("acct", 2).category("data", 1).category("social", 1);
    b.single("account", "acct", {0, 1, 3}).skippable();
    b.multi("features", "data", {2, 2, 1, 0}, 4.0).exclusive(3);
    b.single("backup", "data", {0, 2}).show_if(b.has("features", 0));
    b.single("moments", "social", {0, 2});
    b.band("low", 25).band("mid", 60).band("high", 100);
    b.recommendation("read-more", std::nullopt, std::nullopt);
    b.recommendation("drop-features", std::nullopt,
                     std::make_pair(std::string("features"), std::vector<int>{3}));
    Quiz quiz = b.build();
    quiz.published = 2;
    return quiz;
}

const PlanItemOutcome& only_item(const Comparison& comparison) {
    REQUIRE(comparison.plan.size() == 1);
    return comparison.plan[0];
}

} // namespace

TEST_CASE("a comparison gives the score, band and category scores then and now", "[compare]") {
    const Quiz quiz = small_quiz();
    const SharedResult then = result(earlier_answers());
    const SharedResult now = result(later_answers());
    const Comparison comparison = compared(quiz, then, quiz, now);
    CHECK(comparison.then.score == score(quiz, then.answers).score);
    CHECK(comparison.now.score == score(quiz, now.answers).score);
    CHECK(comparison.change == comparison.now.score - comparison.then.score);
    CHECK(quiz.bands[static_cast<std::size_t>(comparison.then.band)].id == "high");
    CHECK(quiz.bands[static_cast<std::size_t>(comparison.now.band)].id == "low");
    REQUIRE(comparison.categories.size() == 2);
    CHECK(comparison.categories[0].id == "acct");
    CHECK(*comparison.categories[0].then == Catch::Approx(60));
    CHECK(*comparison.categories[0].now == Catch::Approx(20));
    CHECK(comparison.categories[1].id == "data");
    CHECK(*comparison.categories[1].now == 0);
    CHECK_FALSE(comparison.different_version);
    CHECK_FALSE(comparison.different_language);
}

TEST_CASE("a comparison lists the answers that changed, by question and option ids", "[compare]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers()), quiz, result(later_answers()));
    // account is the same; backup is hidden now, so its kept answer reads as unanswered.
    REQUIRE(comparison.answers.size() == 3);
    const AnswerChange& features = comparison.answers[0];
    CHECK(features.kind == AnswerChange::Kind::Changed);
    CHECK(features.question == "features");
    CHECK(features.then == ComparedAnswer{Answer::State::Chosen, {"a", "c"}});
    CHECK(features.now == ComparedAnswer{Answer::State::Chosen, {"d"}});
    CHECK(comparison.answers[1].question == "backup");
    CHECK(comparison.answers[1].now.state == Answer::State::Unanswered);
    CHECK(comparison.answers[2].question == "pin");
}

TEST_CASE("a comparison of a result with itself finds nothing changed", "[compare]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers()), quiz, result(earlier_answers()));
    CHECK(comparison.change == 0);
    CHECK(comparison.answers.empty());
}

TEST_CASE("a comparison tells a skipped answer from an unanswered one", "[compare]") {
    const Quiz quiz = small_quiz();
    Answers skipping = earlier_answers();
    skipping[0] = skipped();
    const Comparison comparison = compared(quiz, result(earlier_answers()), quiz, result(skipping));
    REQUIRE(comparison.answers.size() == 1);
    CHECK(comparison.answers[0].now == ComparedAnswer{Answer::State::Skipped, {}});
}

TEST_CASE("a comparison across versions reports questions only one version has", "[compare]") {
    const Quiz v1 = small_quiz();
    const Quiz v2 = small_quiz_version_2();
    Answers now = empty_answers(v2);
    now[0] = chosen({1});
    now[1] = chosen({0, 2});
    now[2] = chosen({1});
    now[3] = chosen({1}); // moments, new in version 2
    const Comparison comparison = compared(v1, result(earlier_answers()), v2, {now, {}});
    CHECK(comparison.different_version);
    REQUIRE(comparison.answers.size() == 2);
    CHECK(comparison.answers[0].kind == AnswerChange::Kind::OnlyNow);
    CHECK(comparison.answers[0].question == "moments");
    CHECK(comparison.answers[0].then_index == -1);
    CHECK(comparison.answers[1].kind == AnswerChange::Kind::OnlyThen);
    CHECK(comparison.answers[1].question == "pin");
    CHECK(comparison.answers[1].now_index == -1);
    CHECK(comparison.answers[1].then == ComparedAnswer{Answer::State::Chosen, {"b"}});
}

TEST_CASE("a comparison across versions leaves out unanswered questions only one has",
          "[compare]") {
    const Quiz v2 = small_quiz_version_2();
    Answers now = empty_answers(v2);
    now[0] = chosen({1});
    now[1] = chosen({0, 2});
    now[2] = chosen({1}); // moments unanswered
    Answers then = earlier_answers();
    then[3] = unanswered(); // pin unanswered
    const Comparison comparison = compared(small_quiz(), {then, {}}, v2, {now, {}});
    CHECK(comparison.answers.empty());
}

TEST_CASE("a comparison across versions lists every category of either, by id", "[compare]") {
    Quiz v2 = small_quiz_version_2();
    v2.categories[0].id = "account"; // "acct" renamed: only then; "account" only now
    Answers now = empty_answers(v2);
    now[0] = chosen({1});
    now[3] = chosen({1});
    const Comparison comparison = compared(small_quiz(), result(earlier_answers()), v2, {now, {}});
    std::vector<std::string> ids;
    for (const CategoryChange& category : comparison.categories) {
        ids.push_back(category.id);
    }
    CHECK(ids == std::vector<std::string>{"account", "data", "social", "acct"});
    CHECK(comparison.categories[0].then_index == -1);
    CHECK_FALSE(comparison.categories[0].then);
    CHECK(comparison.categories[1].now_index == 1);
    CHECK_FALSE(comparison.categories[1].now); // in both, not assessed now
    CHECK(*comparison.categories[2].now == 100);
    CHECK(comparison.categories[3].now_index == -1);
    CHECK(*comparison.categories[3].then == Catch::Approx(60));
}

TEST_CASE("a comparison says when the two results are in different languages", "[compare]") {
    Quiz chinese = small_quiz();
    chinese.locale = "zh-Hans";
    const Comparison comparison =
        compared(small_quiz(), result(earlier_answers()), chinese, result(earlier_answers()));
    CHECK(comparison.different_language);
    CHECK_FALSE(comparison.different_version);
    CHECK(comparison.answers.empty());
}

TEST_CASE("a comparison says when the two results are on different published versions",
          "[compare]") {
    Quiz republished = small_quiz();
    republished.published = 3;
    const Comparison comparison =
        compared(small_quiz(), result(earlier_answers()), republished, result(earlier_answers()));
    CHECK(comparison.different_version);
}

TEST_CASE("an earlier plan item is done when its fix is in place now", "[compare][plan]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers(), {"drop-features"}), quiz, result(later_answers()));
    const PlanItemOutcome& item = only_item(comparison);
    CHECK(item.recommendation == "drop-features");
    CHECK(item.status == Status::FixInPlace);
    CHECK(is_done(item));
}

TEST_CASE("an earlier plan item is done when it no longer applies now", "[compare][plan]") {
    // use-pin applies while pin is b; its fix is pin a, which later_answers has.
    const Quiz quiz = small_quiz();
    Answers without_pin = later_answers();
    without_pin[3] = unanswered(); // nor the fix, but use-pin's `when` no longer holds
    const Comparison comparison =
        compared(quiz, result(earlier_answers(), {"use-pin"}), quiz, result(without_pin));
    CHECK(only_item(comparison).status == Status::NoLongerApplies);
    CHECK(is_done(only_item(comparison)));
}

TEST_CASE("an earlier plan item that applies without its fix in place is still to do",
          "[compare][plan]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers(), {"use-pin"}), quiz, result(earlier_answers()));
    CHECK(only_item(comparison).status == Status::StillToDo);
    CHECK_FALSE(is_done(only_item(comparison)));
}

TEST_CASE("an earlier plan item without a fix cannot be told done from the answers",
          "[compare][plan]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers(), {"read-more"}), quiz, result(later_answers()));
    CHECK(only_item(comparison).status == Status::NoFix);
    CHECK_FALSE(is_done(only_item(comparison)));
}

TEST_CASE("an earlier plan item the later version no longer has is reported removed",
          "[compare][plan]") {
    const Quiz v2 = small_quiz_version_2();
    const Comparison comparison =
        compared(small_quiz(), result(earlier_answers(), {"use-pin"}), v2, {empty_answers(v2), {}});
    CHECK(only_item(comparison).status == Status::Removed);
    CHECK(only_item(comparison).now_index == -1);
}

TEST_CASE("the later result's plan does not count as done in a comparison", "[compare][plan]") {
    const Quiz quiz = small_quiz();
    const Comparison comparison =
        compared(quiz, result(earlier_answers()), quiz, result(earlier_answers(), {"use-pin"}));
    CHECK(comparison.plan.empty());
}

TEST_CASE("results of two different quizzes cannot be compared", "[compare]") {
    QuizBuilder b("another-quiz");
    b.category("c");
    b.single("q", "c", {0, 1});
    const Quiz other = b.build();
    const SharedResult then = result(earlier_answers());
    const SharedResult now{none(other), {}};
    const Outcome<Comparison> comparison = compare_results({small_quiz(), then}, {other, now});
    CHECK_FALSE(comparison.ok());
    REQUIRE(comparison.diagnostics.size() == 1);
    CHECK(comparison.diagnostics[0].code == DiagnosticCode::ShareOtherQuiz);
    CHECK_THAT(comparison.diagnostics[0].message, ContainsSubstring("different quizzes"));
}

TEST_CASE("the comparison JSON has the documented keys, numbers unrounded", "[compare]") {
    const Quiz v1 = small_quiz();
    const Quiz v2 = small_quiz_version_2();
    const SharedResult then = result(earlier_answers(), {"use-pin", "drop-features"});
    Answers answers = empty_answers(v2);
    answers[1] = chosen({3});
    answers[3] = chosen({1});
    const SharedResult now{answers, {}};
    const Comparison comparison = compared(v1, then, v2, now);
    const std::string text = comparison_to_json({v1, then}, {v2, now}, comparison);
    CHECK(text.find('\n') == std::string::npos);
    const Json json = Json::parse(text);
    std::vector<std::string> keys;
    for (const auto& item : json.items()) {
        keys.push_back(item.key());
    }
    CHECK(keys == std::vector<std::string>{"compare_schema", "quiz", "different_version",
                                           "different_language", "then", "now", "change",
                                           "categories", "answers", "plan"});
    CHECK(json["compare_schema"] == kCompareSchemaVersion);
    CHECK(json["different_version"] == true);
    CHECK(json["then"]["version"] == 0);
    CHECK(json["now"]["version"] == 2);
    CHECK(json["then"]["score"].get<double>() == comparison.then.score);
    CHECK(json["change"].get<double>() == comparison.change);
    CHECK(json["then"]["band"] == "high");
    CHECK(json["then"]["plan"] == Json{"use-pin", "drop-features"});
    CHECK(json["now"]["categories"]["acct"].is_null());
    CHECK(json["categories"][2] == Json::parse(R"({"id": "social", "then": null, "now": 100.0,
                                                   "in_then": false, "in_now": true})"));
    CHECK(json["answers"][0] == Json::parse(R"({"question": "account", "change": "changed",
                          "then": {"state": "chosen", "options": ["b"]},
                          "now": {"state": "unanswered", "options": []}})"));
    CHECK(json["answers"].back() == Json::parse(R"({"question": "pin", "change": "only_then",
                          "then": {"state": "chosen", "options": ["b"]}, "now": null})"));
    CHECK(json["plan"] == Json::parse(R"([{"id": "use-pin", "status": "removed", "done": false},
                                          {"id": "drop-features", "status": "fix_in_place",
                                           "done": true}])"));
}

TEST_CASE("the comparison text says then and now, and notes versions and languages", "[compare]") {
    const Quiz v1 = small_quiz();
    Quiz v2 = small_quiz_version_2();
    v2.locale = "zh-Hans";
    Quiz v1_numbered = v1;
    v1_numbered.published = 1;
    const SharedResult then = result(earlier_answers(), {"drop-features"});
    Answers answers = empty_answers(v2);
    answers[0] = chosen({1});
    answers[1] = chosen({3});
    answers[3] = chosen({1});
    const SharedResult now{answers, {}};
    const Comparison comparison = compared(v1_numbered, then, v2, now);
    const std::string text = comparison_to_text({v1_numbered, then}, {v2, now}, comparison);
    CHECK_THAT(text,
               ContainsSubstring("different versions of the quiz (version 1, then version 2)"));
    CHECK_THAT(text, ContainsSubstring("different languages (en, then zh-Hans)"));
    // now: acct 1 of 3 (weight 2), data 0 of 4, social 2 of 2: (66.7 + 0 + 100) / 4
    CHECK_THAT(text, ContainsSubstring("Score: 67.8 (Band high) -> 41.7 (Band mid), -26.1 points"));
    CHECK_THAT(text, ContainsSubstring("  Category social: not in that version -> 100.0\n"));
    CHECK_THAT(text, ContainsSubstring("  Question features?\n    then: Option a, Option c\n"
                                       "    now:  Option d\n"));
    CHECK_THAT(text, ContainsSubstring("  Question moments? (new in this version)\n"));
    CHECK_THAT(text, ContainsSubstring("  Question pin? (no longer asked)\n"));
    CHECK_THAT(text,
               ContainsSubstring("  Do drop-features: done: the answer is now what it advised"));
}
