// Plans: the rules of exposure/plan.hpp (docs/scoring.md, "Plan"), one behaviour per test case.
#include "test_quizzes.hpp"

#include "exposure/plan.hpp"
#include "exposure/scoring.hpp"

#include <catch_amalgamated.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

// small_quiz() with every recommendation applicable and worth something: account b (1 of 3),
// features a+b (4 of 4, shows backup), backup b (2 of 2), pin b (2 of 2).
// acct 3 of 5 = 60 (weight 2), data 6 of 6 = 100 (weight 1): 220 / 3.
Answers exposed_answers() {
    return {chosen({1}), chosen({0, 1}), chosen({1}), chosen({1})};
}

Plan ticking(const Quiz& quiz, const std::vector<std::string>& ids) {
    Outcome<Plan> plan = plan_from_ids(quiz, ids);
    REQUIRE(plan.ok());
    return *plan.value;
}

// One category: "work" (a=0 no, b=2 yes), "data" (a=0, b=2) shown only if work is b, and
// "other" (a=0, b=2). Stopping work hides "data", so a fix on it adds nothing on top.
Quiz overlapping_quiz() {
    QuizBuilder b("overlap");
    b.category("c");
    b.single("work", "c", {0, 2});
    b.single("data", "c", {0, 2}).show_if(b.is("work", 1));
    b.single("other", "c", {0, 2});
    b.recommendation("stop-work", std::nullopt,
                     std::make_pair(std::string("work"), std::vector<int>{0}));
    b.recommendation("data-out", std::nullopt,
                     std::make_pair(std::string("data"), std::vector<int>{0}));
    return b.build();
}

// One question "q" (a=0, b=1, c=3), answered c, and two recommendations fixing it: `first`
// (listed first) to option `first_option`, `second` to `second_option`.
Quiz two_fixes_on_one_question(int first_option, int second_option) {
    QuizBuilder b("two-fixes");
    b.category("c");
    b.single("q", "c", {0, 1, 3});
    b.single("other", "c", {0, 3});
    b.recommendation("first", std::nullopt,
                     std::make_pair(std::string("q"), std::vector<int>{first_option}));
    b.recommendation("second", std::nullopt,
                     std::make_pair(std::string("q"), std::vector<int>{second_option}));
    return b.build();
}

} // namespace

TEST_CASE("a plan's projection is the score with every ticked fix in place together", "[plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = exposed_answers();
    const PlanProjection projection =
        project_plan(quiz, answers, ticking(quiz, {"use-pin", "drop-features"}));
    Answers fixed = answers;
    fixed[3] = chosen({0}); // use-pin
    fixed[1] = chosen({3}); // drop-features, which hides backup
    CHECK(projection.answers == fixed);
    CHECK(projection.planned.score == overall_score(quiz, fixed));
    CHECK_THAT(projection.planned.score, WithinAbs(40.0 / 3, 1e-12)); // acct 20, data 0 of 4
    CHECK(projection.now.score == score(quiz, answers).score);
    CHECK(projection.change == projection.planned.score - projection.now.score);
    CHECK(projection.applied == std::vector<int>{0, 2});
}

TEST_CASE("a plan's projection is not the sum of its recommendations' deltas", "[plan]") {
    // Each alone: stop-work 100 -> 50 (data hidden), data-out 100 -> 66.7. Together 50, not 16.7.
    const Quiz quiz = overlapping_quiz();
    const Answers answers = {chosen({1}), chosen({1}), chosen({1})};
    const PlanProjection projection =
        project_plan(quiz, answers, ticking(quiz, {"stop-work", "data-out"}));
    CHECK_THAT(projection.sum_of_deltas, WithinAbs(-50.0 - 100.0 / 3, 1e-9));
    CHECK_THAT(projection.change, WithinAbs(-50.0, 1e-9));
    CHECK_THAT(projection.planned.score, WithinAbs(50.0, 1e-9));
}

TEST_CASE("a plan's projection gives the band and category scores with the plan", "[plan]") {
    const Quiz quiz = small_quiz(); // bands: low <= 25, mid <= 60, high
    const PlanProjection projection =
        project_plan(quiz, exposed_answers(), ticking(quiz, {"use-pin", "drop-features"}));
    CHECK(quiz.bands[static_cast<std::size_t>(projection.now.band)].id == "high");
    CHECK(quiz.bands[static_cast<std::size_t>(projection.planned.band)].id == "low");
    REQUIRE(projection.planned.categories.size() == 2);
    CHECK_THAT(*projection.now.categories[0].score, WithinAbs(60.0, 1e-12));
    CHECK_THAT(*projection.planned.categories[0].score, WithinAbs(20.0, 1e-12));
    CHECK_THAT(*projection.now.categories[1].score, WithinAbs(100.0, 1e-12));
    CHECK(*projection.planned.categories[1].score == 0);
}

TEST_CASE("a ticked recommendation without a fix counts as done, not as points", "[plan]") {
    const Quiz quiz = small_quiz();
    const PlanProjection projection =
        project_plan(quiz, exposed_answers(), ticking(quiz, {"read-more"}));
    CHECK(projection.without_fix == std::vector<int>{1});
    CHECK(projection.applied.empty());
    CHECK(projection.change == 0);
    CHECK(projection.answers == exposed_answers());
}

TEST_CASE("a ticked recommendation that does not apply to the answers has no effect", "[plan]") {
    const Quiz quiz = small_quiz();
    Answers answers = exposed_answers();
    answers[3] = chosen({0}); // use-pin applies only when pin is b
    const PlanProjection projection = project_plan(quiz, answers, ticking(quiz, {"use-pin"}));
    CHECK(projection.not_applicable == std::vector<int>{0});
    CHECK(projection.applied.empty());
    CHECK(projection.change == 0);
    CHECK(projection.sum_of_deltas == 0);
}

TEST_CASE("a ticked fix stays in place when it makes its own recommendation stop applying",
          "[plan]") {
    // use-pin applies while pin is b; its fix sets pin to a, after which its `when` is false.
    const Quiz quiz = small_quiz();
    const PlanProjection projection =
        project_plan(quiz, exposed_answers(), ticking(quiz, {"use-pin"}));
    CHECK(projection.applied == std::vector<int>{0});
    CHECK(projection.answers[3] == chosen({0}));
    CHECK_THAT(projection.change, WithinAbs(-80.0 / 3, 1e-9)); // acct 60 -> 20
}

TEST_CASE("of two ticked fixes on one question, the one that leaves it fewer points is in place",
          "[plan]") {
    const auto [first_option, second_option, in_place, superseded] =
        GENERATE(table<int, int, int, int>({
            {1, 0, 1, 0}, // the second goes further
            {0, 1, 0, 1}, // the first goes further
            {0, 0, 0, 1}, // as far: the first in content order
        }));
    const Quiz quiz = two_fixes_on_one_question(first_option, second_option);
    const PlanProjection projection =
        project_plan(quiz, {chosen({2}), chosen({1})}, ticking(quiz, {"second", "first"}));
    CHECK(projection.applied == std::vector<int>{in_place});
    CHECK(projection.superseded == std::vector<int>{superseded});
    CHECK(projection.answers[0] == chosen({std::min(first_option, second_option)}));
}

TEST_CASE("an empty plan projects to the score as it is", "[plan]") {
    const Quiz quiz = small_quiz();
    const PlanProjection projection = project_plan(quiz, exposed_answers(), Plan{});
    CHECK(projection.planned.score == projection.now.score);
    CHECK(projection.change == 0);
    CHECK(projection.applied.empty());
    CHECK(projection.without_fix.empty());
}

TEST_CASE("ticks past the last recommendation are ignored", "[plan]") {
    const Quiz quiz = small_quiz();
    const Plan plan{{false, false, false, true, true}};
    const PlanProjection projection = project_plan(quiz, exposed_answers(), plan);
    CHECK(projection.change == 0);
    CHECK(projection.not_applicable.empty());
    CHECK(plan_ids(quiz, plan).empty());
}

TEST_CASE("a plan from ids ticks those recommendations in content order", "[plan]") {
    const Quiz quiz = small_quiz();
    const Plan plan = ticking(quiz, {"drop-features", "use-pin", "drop-features"});
    CHECK(plan.ticked == std::vector<bool>{true, false, true});
    CHECK(ticked_recommendations(plan) == std::vector<int>{0, 2});
    CHECK(plan_ids(quiz, plan) == std::vector<std::string>{"use-pin", "drop-features"});
    CHECK_FALSE(plan_is_empty(plan));
    CHECK(plan_is_empty(ticking(quiz, {})));
}

TEST_CASE("a plan from ids names every id that is no recommendation", "[plan]") {
    const Quiz quiz = small_quiz();
    const Outcome<Plan> plan = plan_from_ids(quiz, {"use-pin", "use-pen", "nothing"});
    CHECK_FALSE(plan.ok());
    REQUIRE(plan.diagnostics.size() == 2);
    CHECK(plan.diagnostics[0].code == DiagnosticCode::UnknownReference);
    CHECK_THAT(plan.diagnostics[0].message,
               ContainsSubstring("unknown recommendation \"use-pen\""));
    CHECK_THAT(plan.diagnostics[1].message, ContainsSubstring("\"nothing\""));
}
