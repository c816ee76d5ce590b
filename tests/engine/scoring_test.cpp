// Scoring: the scoring rules of exposure/scoring.hpp, one behaviour per test case.
#include "test_quizzes.hpp"

#include "exposure/scoring.hpp"

#include <catch_amalgamated.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::WithinAbs;

namespace {

// One category, a single "s" (a=0 b=1 c=2) and a multi "m" (a=1 b=1 c=1) for condition tests.
struct ConditionFixture {
    QuizBuilder b{"conditions"};
    Quiz quiz;
    Answers answers;
    ConditionFixture() {
        b.category("c");
        b.single("s", "c", {0, 1, 2}).skippable();
        b.multi("m", "c", {1, 1, 1});
        quiz = b.build();
        answers = none(quiz);
    }
    bool holds(const Condition& c) const { return condition_holds(quiz, answers, c); }
};

double sum_contributions(const Report& report) {
    double sum = 0;
    for (const Contribution& c : report.contributions) {
        sum += c.points;
    }
    return sum;
}

} // namespace

// ---- conditions ---------------------------------------------------------------------------

TEST_CASE("an is condition holds only for that exact option", "[scoring]") {
    ConditionFixture f;
    f.answers[0] = chosen({1});
    CHECK(f.holds(f.b.is("s", 1)));
    CHECK_FALSE(f.holds(f.b.is("s", 2)));
}

TEST_CASE("an is condition on a multi question means exactly that one option", "[scoring]") {
    ConditionFixture f;
    f.answers[1] = chosen({0});
    CHECK(f.holds(f.b.is("m", 0)));
    f.answers[1] = chosen({0, 1});
    CHECK_FALSE(f.holds(f.b.is("m", 0)));
}

TEST_CASE("an in condition holds when the chosen option is one of the list", "[scoring]") {
    ConditionFixture f;
    f.answers[0] = chosen({2});
    CHECK(f.holds(f.b.in("s", {0, 2})));
    CHECK_FALSE(f.holds(f.b.in("s", {0, 1})));
    f.answers[1] = chosen({1, 2});
    CHECK(f.holds(f.b.in("m", {0, 2})));
    CHECK_FALSE(f.holds(f.b.in("m", {0})));
}

TEST_CASE("a has condition holds when the multi answer contains the option", "[scoring]") {
    ConditionFixture f;
    f.answers[1] = chosen({0, 2});
    CHECK(f.holds(f.b.has("m", 2)));
    CHECK_FALSE(f.holds(f.b.has("m", 1)));
}

TEST_CASE("all holds when every child holds and any when one does", "[scoring]") {
    ConditionFixture f;
    f.answers[0] = chosen({1});
    f.answers[1] = chosen({0});
    CHECK(f.holds(all({f.b.is("s", 1), f.b.has("m", 0)})));
    CHECK_FALSE(f.holds(all({f.b.is("s", 1), f.b.has("m", 1)})));
    CHECK(f.holds(any({f.b.is("s", 0), f.b.has("m", 0)})));
    CHECK_FALSE(f.holds(any({f.b.is("s", 0), f.b.has("m", 1)})));
}

TEST_CASE("all of nothing holds and any of nothing does not", "[scoring]") {
    ConditionFixture f;
    CHECK(f.holds(all({})));
    CHECK_FALSE(f.holds(any({})));
}

TEST_CASE("not negates its child", "[scoring]") {
    ConditionFixture f;
    f.answers[0] = chosen({1});
    CHECK_FALSE(f.holds(not_(f.b.is("s", 1))));
    CHECK(f.holds(not_(f.b.is("s", 0))));
}

TEST_CASE("a leaf condition on an unanswered question is false", "[scoring]") {
    ConditionFixture f;
    CHECK_FALSE(f.holds(f.b.is("s", 0)));
    CHECK_FALSE(f.holds(f.b.in("s", {0, 1, 2})));
    CHECK_FALSE(f.holds(f.b.has("m", 0)));
}

TEST_CASE("not of a leaf on an unanswered question is true (plain logic on a false leaf)",
          "[scoring]") {
    // The literal reading of the rules: the leaf is false, so its negation is true.
    ConditionFixture f;
    CHECK(f.holds(not_(f.b.is("s", 0))));
}

TEST_CASE("a leaf condition on a skipped question is false", "[scoring]") {
    ConditionFixture f;
    f.answers[0] = skipped();
    CHECK_FALSE(f.holds(f.b.in("s", {0, 1, 2})));
    CHECK(f.holds(not_(f.b.in("s", {0, 1, 2}))));
}

TEST_CASE("a leaf condition on an invisible question is false even when it is answered",
          "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.single("first", "c", {0, 1});
    b.single("second", "c", {0, 1}).show_if(b.is("first", 1));
    b.single("third", "c", {0, 1}).show_if(b.is("second", 1));
    const Quiz quiz = b.build();
    Answers answers = {chosen({0}), chosen({1}), chosen({1})}; // second hidden, yet answered
    CHECK_FALSE(is_visible(quiz, answers, 1));
    CHECK_FALSE(condition_holds(quiz, answers, b.is("second", 1)));
    CHECK_FALSE(is_visible(quiz, answers, 2)); // the chain: hidden "second" hides "third"
    answers[0] = chosen({1});
    CHECK(is_visible(quiz, answers, 2));
}

TEST_CASE("questions without show_if are always visible", "[scoring]") {
    const Quiz quiz = small_quiz();
    const std::vector<int> visible = visible_questions(quiz, none(quiz));
    CHECK(visible == std::vector<int>{0, 1, 3});
}

// ---- points, skips, caps ------------------------------------------------------------------

TEST_CASE("a multi question scores the sum of its options, capped", "[scoring]") {
    const Quiz quiz = small_quiz(); // features: a=2 b=2 c=1 d=0, cap 4
    const Question& features = quiz.questions[1];
    CHECK(features.max_points == 4);
    CHECK(question_points(features, chosen({0, 2})) == 3);
    CHECK(question_points(features, chosen({0, 1, 2})) == 4);
    CHECK(question_points(features, skipped()) == 0);
    CHECK(question_points(features, unanswered()) == 0);
}

TEST_CASE("a skipped question counts in neither numerator nor denominator", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[3] = chosen({1}); // pin: 2 of 2
    const double before = overall_score(quiz, answers);
    answers[0] = skipped();
    const Report report = score(quiz, answers);
    CHECK(report.score == before);
    CHECK(report.categories[0].possible == 2);
    CHECK(report.answered == 2);
}

TEST_CASE("answers to hidden questions are kept but do not count", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({2}); // features: c only, so "backup" is hidden
    answers[2] = chosen({1}); // backup answered while hidden: 2 of 2
    const Report report = score(quiz, answers);
    CHECK(report.categories[1].earned == 1);
    CHECK(report.categories[1].possible == 4);
    CHECK(report.contributions.size() == 1);
    answers[1] = chosen({0}); // now shown: its answer counts again
    CHECK(score(quiz, answers).categories[1].possible == 6);
}

// ---- categories and the overall score ------------------------------------------------------

TEST_CASE("a category with nothing answered is not assessed and the score is 0", "[scoring]") {
    const Quiz quiz = small_quiz();
    const Report report = score(quiz, none(quiz));
    CHECK_FALSE(report.categories[0].score.has_value());
    CHECK_FALSE(report.categories[1].score.has_value());
    CHECK(report.score == 0);
    CHECK(report.band == 0);
    CHECK(report.contributions.empty());
}

TEST_CASE("a category whose answered questions are all worth 0 points is not assessed",
          "[scoring]") {
    QuizBuilder b;
    b.category("zero").category("real");
    b.single("z", "zero", {0, 0});
    b.single("r", "real", {0, 4});
    const Quiz quiz = b.build();
    const Report report = score(quiz, {chosen({1}), chosen({1})});
    CHECK_FALSE(report.categories[0].score.has_value());
    CHECK(report.categories[1].score == 100.0);
    CHECK(report.score == 100.0);
}

TEST_CASE("category score is 100 times points over the maximum of answered questions",
          "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({1}); // 1 of 3
    answers[3] = chosen({0}); // 0 of 2
    const Report report = score(quiz, answers);
    REQUIRE(report.categories[0].score.has_value());
    CHECK_THAT(*report.categories[0].score, WithinAbs(20.0, 1e-12));
    CHECK_FALSE(report.categories[1].score.has_value());
    CHECK_THAT(report.score, WithinAbs(20.0, 1e-12)); // only one category assessed
}

TEST_CASE("the overall score is the weight-averaged category score", "[scoring]") {
    const Quiz quiz = small_quiz(); // acct weight 2, data weight 1
    Answers answers = none(quiz);
    answers[0] = chosen({2}); // acct 3 of 3 -> 100
    answers[1] = chosen({3}); // data 0 of 4 -> 0
    answers[3] = chosen({1}); // acct 5 of 5 -> 100
    CHECK_THAT(overall_score(quiz, answers), WithinAbs(200.0 / 3.0, 1e-12));
}

TEST_CASE("contributions add up to the score", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({1});
    answers[1] = chosen({0, 2});
    answers[2] = chosen({1});
    answers[3] = chosen({0});
    const Report report = score(quiz, answers);
    REQUIRE(report.contributions.size() == 4);
    CHECK_THAT(sum_contributions(report), WithinAbs(report.score, 1e-9));
    // account: (2/3) * 100 * 1 / 5
    CHECK_THAT(report.contributions[0].points, WithinAbs(2.0 / 3.0 * 100.0 / 5.0, 1e-12));
}

TEST_CASE("a skipped question has no contribution", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = skipped();
    answers[3] = chosen({1});
    const Report report = score(quiz, answers);
    REQUIRE(report.contributions.size() == 1);
    CHECK(report.contributions[0].question == 3);
    CHECK(report.visible == 3);
    CHECK(report.answered == 2);
}

// ---- bands ---------------------------------------------------------------------------------

TEST_CASE("the band is the first whose max is at least the score, edges included", "[scoring]") {
    // One question worth 0..5 points: scores 0, 20, 40, 60, 80, 100 exactly.
    QuizBuilder b;
    b.category("c");
    b.single("q", "c", {0, 1, 2, 3, 4, 5});
    b.band("low", 20).band("mid", 60).band("high", 100);
    const Quiz quiz = b.build();
    auto [option, expected_score, expected_band] = GENERATE(table<int, double, int>({
        {0, 0.0, 0},
        {1, 20.0, 0}, // exactly on the first edge
        {2, 40.0, 1},
        {3, 60.0, 1}, // exactly on the second edge
        {4, 80.0, 2},
        {5, 100.0, 2}, // the last band's max is 100
    }));
    const Report report = score(quiz, {chosen({option})});
    CHECK(report.score == expected_score);
    CHECK(report.band == expected_band);
}

TEST_CASE("a score just above an edge falls in the next band", "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.single("q", "c", {0, 1, 2, 3, 4, 5});
    b.band("low", 19.999).band("high", 100);
    const Quiz quiz = b.build();
    CHECK(score(quiz, {chosen({1})}).band == 1);
}

TEST_CASE("band_for_score keeps a score within 1e-9 above an edge in the lower band", "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.single("q", "c", {0, 1});
    b.band("low", 20).band("mid", 60).band("high", 100);
    const Quiz quiz = b.build();
    CHECK(band_for_score(quiz, 20.0) == 0);
    CHECK(band_for_score(quiz, 20.0 + 5e-10) == 0);
    CHECK(band_for_score(quiz, 20.0 + 1e-8) == 1);
    CHECK(band_for_score(quiz, 60.0 + 1e-8) == 2);
}

TEST_CASE("band_for_score gives the last band past the last edge and -1 without bands",
          "[scoring]") {
    Quiz quiz = small_quiz();
    CHECK(band_for_score(quiz, 150.0) == 2);
    quiz.bands.clear();
    CHECK(band_for_score(quiz, 50.0) == -1);
}

TEST_CASE("each assessed category has the band of its own score", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({1}); // acct: 1 of 3 points, 33.3: "mid"
    const Report report = score(quiz, answers);
    REQUIRE(report.categories[0].score);
    CHECK(report.categories[0].band == band_for_score(quiz, *report.categories[0].score));
    CHECK(report.categories[0].band == 1);
}

TEST_CASE("a category that is not assessed has no band", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({2});
    const Report report = score(quiz, answers);
    CHECK_FALSE(report.categories[1].score);
    CHECK_FALSE(report.categories[1].band);
}

// ---- max points and top contributions -----------------------------------------------------

TEST_CASE("max_points of a single question is its largest option's points", "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.single("q", "c", {1, 4, 2});
    CHECK(max_points(b.build().questions[0]) == 4);
}

TEST_CASE("max_points of a multi question is the sum of its options, at most the cap",
          "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.multi("uncapped", "c", {1, 2, 3});
    b.multi("capped", "c", {1, 2, 3}, 4.0);
    b.multi("loose-cap", "c", {1, 2}, 10.0);
    const Quiz quiz = b.build();
    CHECK(max_points(quiz.questions[0]) == 6);
    CHECK(max_points(quiz.questions[1]) == 4);
    CHECK(max_points(quiz.questions[2]) == 3);
}

TEST_CASE("top contributions are the positive ones by points, largest first", "[scoring]") {
    Report report;
    report.contributions = {{0, 1.0}, {1, 0.0}, {2, 5.0}, {3, 3.0}};
    const std::vector<Contribution> top = top_contributions(report);
    REQUIRE(top.size() == 3);
    CHECK(top[0].question == 2);
    CHECK(top[1].question == 3);
    CHECK(top[2].question == 0);
}

TEST_CASE("top contributions with equal points keep content order", "[scoring]") {
    Report report;
    report.contributions = {{0, 2.0}, {1, 4.0}, {2, 2.0}, {3, 4.0}};
    const std::vector<Contribution> top = top_contributions(report);
    REQUIRE(top.size() == 4);
    CHECK(std::vector<int>{top[0].question, top[1].question, top[2].question, top[3].question} ==
          std::vector<int>{1, 3, 0, 2});
}

TEST_CASE("top contributions stop at the limit, five by default", "[scoring]") {
    Report report;
    for (int q = 0; q < 8; ++q) {
        report.contributions.push_back({q, 1.0 + q});
    }
    CHECK(top_contributions(report).size() == 5);
    const std::vector<Contribution> two = top_contributions(report, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[0].question == 7);
    CHECK(two[1].question == 6);
}

// ---- what-if -------------------------------------------------------------------------------

TEST_CASE("what-if names the single option that lowers the score most", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({2});
    answers[3] = chosen({1});
    const Report report = score(quiz, answers);
    REQUIRE(report.what_ifs.size() == 2);
    const WhatIf& account = report.what_ifs[0];
    CHECK(account.question == 0);
    CHECK(account.best_answer == chosen({0}));
    CHECK_THAT(account.score, WithinAbs(40.0, 1e-12)); // 2 of 5
}

TEST_CASE("what-if keeps the current answer when nothing lowers the score", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[3] = chosen({0});
    const Report report = score(quiz, answers);
    REQUIRE(report.what_ifs.size() == 1);
    CHECK(report.what_ifs[0].best_answer == chosen({0}));
    CHECK(report.what_ifs[0].score == report.score);
}

TEST_CASE("what-if on a multi question tries toggles and the exclusive option alone", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({0, 1, 2}); // 4 of 4 (capped)
    const Report report = score(quiz, answers);
    REQUIRE(report.what_ifs.size() == 1);
    CHECK(report.what_ifs[0].best_answer == chosen({3})); // "none of these"
    CHECK(report.what_ifs[0].score == 0);
}

TEST_CASE("what-if re-evaluates visibility", "[scoring]") {
    // Choosing "features: c" hides "backup" (2 of 2), so removing a lowers the score more
    // than its own points suggest.
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({0, 2}); // 3 of 4, shows backup
    answers[2] = chosen({0});    // backup 0 of 2 -> data 3 of 6 = 50
    const Report report = score(quiz, answers);
    CHECK_THAT(report.score, WithinAbs(50.0, 1e-12));
    REQUIRE(report.what_ifs.size() == 2);
    CHECK(report.what_ifs[0].best_answer == chosen({3}));
    CHECK(report.what_ifs[0].score == 0);
    CHECK(report.what_ifs[1].best_answer == chosen({0})); // backup already at its lowest
}

TEST_CASE("what-if never proposes an empty multi answer", "[scoring]") {
    // From {a} the candidates are {a, b} (toggle b) only: untoggling a would leave nothing,
    // and a multi answer has at least one option. {a, b} scores higher, so {a} stays.
    QuizBuilder b;
    b.category("c");
    b.multi("m", "c", {3, 1});
    const Quiz quiz = b.build();
    const Report report = score(quiz, {chosen({0})});
    REQUIRE(report.what_ifs.size() == 1);
    CHECK(report.what_ifs[0].best_answer == chosen({0}));
    CHECK_THAT(report.what_ifs[0].score, WithinAbs(75.0, 1e-12));
}

// ---- what each other answer would do -------------------------------------------------------

TEST_CASE("what_if_answers gives the score of every other option of a single question",
          "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = chosen({2}); // account 3 of 3
    answers[3] = chosen({1}); // pin 2 of 2: acct 5 of 5 = 100
    const std::vector<AnswerWhatIf> others = what_if_answers(quiz, answers, 0);
    REQUIRE(others.size() == 2);
    CHECK(others[0].option == 0);
    CHECK(others[0].answer == chosen({0}));
    CHECK_THAT(others[0].score, WithinAbs(40.0, 1e-12)); // 2 of 5
    CHECK_THAT(others[0].delta, WithinAbs(-60.0, 1e-12));
    CHECK(others[1].option == 1);
    CHECK_THAT(others[1].score, WithinAbs(60.0, 1e-12)); // 3 of 5
}

TEST_CASE("what_if_answers toggles each option of a multi question as a click would",
          "[scoring][what-if]") {
    const Quiz quiz = small_quiz(); // features: a=2 b=2 c=1 d=0 (exclusive), cap 4
    Answers answers = none(quiz);
    answers[1] = chosen({0, 2}); // 3 of 4, shows backup (unanswered)
    const std::vector<AnswerWhatIf> others = what_if_answers(quiz, answers, 1);
    REQUIRE(others.size() == 4);
    CHECK(others[0].answer == chosen({2}));       // a off: 1 of 4, backup hidden
    CHECK(others[1].answer == chosen({0, 1, 2})); // b on: 4 of 4 (capped)
    CHECK(others[2].answer == chosen({0}));       // c off: 2 of 4
    CHECK(others[3].answer == chosen({3}));       // the exclusive option replaces the others
    CHECK_THAT(others[0].score, WithinAbs(25.0, 1e-12));
    CHECK_THAT(others[1].score, WithinAbs(100.0, 1e-12));
    CHECK_THAT(others[2].score, WithinAbs(50.0, 1e-12));
    CHECK(others[3].score == 0);
}

TEST_CASE("what_if_answers leaves out the click that would empty a multi answer",
          "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({3});
    const std::vector<AnswerWhatIf> others = what_if_answers(quiz, answers, 1);
    REQUIRE(others.size() == 3);
    for (const AnswerWhatIf& other : others) {
        CHECK(other.option != 3);
        CHECK(other.answer.options == std::vector<int>{other.option});
    }
}

TEST_CASE("what_if_answers on an unanswered question tries every option", "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[0] = skipped();
    CHECK(what_if_answers(quiz, answers, 0).size() == 3);
    CHECK(what_if_answers(quiz, answers, 1).size() == 4);
}

TEST_CASE("what_if_answers on a hidden question changes nothing", "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({2}); // backup hidden
    answers[2] = chosen({1});
    const double current = overall_score(quiz, answers);
    const std::vector<AnswerWhatIf> others = what_if_answers(quiz, answers, 2);
    REQUIRE(others.size() == 1);
    CHECK(others[0].score == current);
    CHECK(others[0].delta == 0);
}

TEST_CASE("what_if_answers re-evaluates visibility", "[scoring][what-if]") {
    // Removing "a" from features hides backup (2 of 2): the data category drops to 1 of 4.
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({0, 2});
    answers[2] = chosen({1}); // data: 5 of 6
    const std::vector<AnswerWhatIf> others = what_if_answers(quiz, answers, 1);
    CHECK(others[0].answer == chosen({2}));
    CHECK_THAT(others[0].score, WithinAbs(25.0, 1e-12));
}

TEST_CASE("the report's best what-if is the lowest of what_if_answers", "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    const Answers answers = {chosen({1}), chosen({0, 1}), chosen({1}), chosen({1})};
    const Report report = score(quiz, answers);
    for (const WhatIf& best : report.what_ifs) {
        CAPTURE(best.question);
        double lowest = report.score;
        for (const AnswerWhatIf& other : what_if_answers(quiz, answers, best.question)) {
            lowest = std::min(lowest, other.score);
        }
        CHECK(best.score == lowest);
    }
}

TEST_CASE("what_if_answers is empty for a question out of range", "[scoring][what-if]") {
    const Quiz quiz = small_quiz();
    CHECK(what_if_answers(quiz, none(quiz), -1).empty());
    CHECK(what_if_answers(quiz, none(quiz), 4).empty());
}

// ---- recommendations -----------------------------------------------------------------------

TEST_CASE("recommendations are ordered by delta, ties in content order, unfixed last",
          "[scoring]") {
    QuizBuilder b;
    b.category("c");
    b.single("x", "c", {0, 2});
    b.single("y", "c", {0, 2});
    b.single("z", "c", {0, 4});
    b.recommendation("info-1", std::nullopt, std::nullopt);
    b.recommendation("fix-y", std::nullopt, std::make_pair(std::string("y"), std::vector<int>{0}));
    b.recommendation("fix-x", std::nullopt, std::make_pair(std::string("x"), std::vector<int>{0}));
    b.recommendation("info-2", std::nullopt, std::nullopt);
    b.recommendation("fix-z", std::nullopt, std::make_pair(std::string("z"), std::vector<int>{0}));
    const Quiz quiz = b.build();
    const Report report = score(quiz, {chosen({1}), chosen({1}), chosen({1})}); // 100
    std::vector<int> order;
    for (const RecommendationResult& r : report.recommendations) {
        order.push_back(r.recommendation);
    }
    CHECK(order == std::vector<int>{4, 1, 2, 0, 3}); // z (-50), then y and x tie (-25), info
    CHECK_THAT(*report.recommendations[0].delta, WithinAbs(-50.0, 1e-12));
    CHECK_THAT(*report.recommendations[1].delta, WithinAbs(-25.0, 1e-12));
    CHECK_FALSE(report.recommendations[3].delta.has_value());
}

TEST_CASE("a recommendation whose when does not hold is left out", "[scoring]") {
    const Quiz quiz = small_quiz(); // use-pin: when pin is b
    Answers answers = none(quiz);
    answers[3] = chosen({0});
    const Report report = score(quiz, answers);
    for (const RecommendationResult& r : report.recommendations) {
        CHECK(r.recommendation != 0);
    }
    CHECK(report.recommendations.size() == 2);
}

TEST_CASE("a recommendation whose fix is the current answer has delta 0", "[scoring]") {
    const Quiz quiz = small_quiz(); // drop-features: features = d
    Answers answers = none(quiz);
    answers[1] = chosen({3});
    const Report report = score(quiz, answers);
    bool found = false;
    for (const RecommendationResult& r : report.recommendations) {
        if (r.recommendation == 2) {
            found = true;
            CHECK(r.delta == 0.0);
        }
    }
    CHECK(found);
}

TEST_CASE("a recommendation's delta re-evaluates visibility", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = none(quiz);
    answers[1] = chosen({0}); // 2 of 4, shows backup
    answers[2] = chosen({1}); // 2 of 2 -> data 4 of 6
    answers[3] = chosen({1}); // acct 2 of 2 -> 100; use-pin applies
    const Report report = score(quiz, answers);
    const double s = report.score; // (2*100 + 1*66.67) / 3
    REQUIRE(report.recommendations.size() == 3);
    // drop-features: data 0 of 4 (backup hidden) -> (200 + 0) / 3
    // use-pin: acct 0 of 2 -> (0 + 66.67) / 3
    CHECK(report.recommendations[0].recommendation == 0);
    CHECK_THAT(*report.recommendations[0].delta, WithinAbs(200.0 / 9.0 - s, 1e-9));
    CHECK(report.recommendations[1].recommendation == 2);
    CHECK_THAT(*report.recommendations[1].delta, WithinAbs(200.0 / 3.0 - s, 1e-9));
    CHECK(report.recommendations[2].recommendation == 1);
}

// ---- robustness ----------------------------------------------------------------------------

TEST_CASE("malformed answers are scored without crashing", "[scoring]") {
    const Quiz quiz = small_quiz();
    Answers answers = {chosen({7}), chosen({-1, 0, 9})}; // short, with out-of-range indices
    const Report report = score(quiz, answers);
    CHECK(report.score >= 0);
    CHECK(report.score <= 100);
    CHECK(report.visible == 4); // features "has a" despite the junk indices
}
