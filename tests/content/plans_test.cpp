// Plans and comparisons on the shipped WeChat quiz and the links readers hold: a plan's projection
// is not the sum of what its actions say they save, and a link made on version 1 compares with
// one made today on version 2, in another language.
#include "shipped.hpp"

#include "exposure/answers.hpp"
#include "exposure/compare.hpp"
#include "exposure/plan.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"
#include "exposure/versions.hpp"

#include <catch_amalgamated.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// wechat-cn86-pay-business answered on version 1 of the WeChat quiz, as the pages before quiz
// packages encoded it (tests/data/share-codes-60d5d76.json; it scored 85.955 then).
constexpr const char* kHeldPersonaLink = "AghVqXd0oCLoGoiYhVqLFRE3oiIoRM1ExIA0kA";

// The published version a link was made on, in `lang`: what `exposure score --share` opens.
exposure::Quiz quiz_for_link(const std::string& code, const std::string& lang) {
    return shipped_quiz_of_link(shipped_package("wechat"), code, lang).first;
}

exposure::SharedResult decoded(const exposure::Quiz& quiz, const std::string& code) {
    exposure::Outcome<exposure::SharedResult> result = exposure::decode_shared_result(quiz, code);
    REQUIRE(result.ok());
    return *result.value;
}

exposure::Answers persona_today(const exposure::Quiz& quiz, const std::string& persona) {
    const exposure::Outcome<exposure::Answers> answers =
        exposure::read_answers_json(quiz, read_test_file(std::string(EXPOSURE_TEST_DATA_DIR) +
                                                         "/personas/" + persona + ".json"));
    REQUIRE(answers.ok());
    return *answers.value;
}

int recommendation(const exposure::Quiz& quiz, const std::string& id) {
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        if (quiz.recommendations[r].id == id) {
            return static_cast<int>(r);
        }
    }
    FAIL("no recommendation " << id);
    return -1;
}

} // namespace

TEST_CASE("the persona's top four actions save less together than they say one by one",
          "[content][plan]") {
    // On version 1, wechat-cn86-pay-business is told: move private talks (8.5), take work off
    // WeChat (7.7), send files elsewhere (6.6), move work data out (5.9): 28.7 points in all.
    // Taking work off WeChat hides the work-data question, so moving the data out saves nothing
    // more: together they save 25.1.
    const exposure::Quiz quiz = quiz_for_link(kHeldPersonaLink, "en");
    REQUIRE(quiz.published == 1);
    const exposure::Answers answers = decoded(quiz, kHeldPersonaLink).answers;
    const exposure::Report report = exposure::score(quiz, answers);
    exposure::Plan plan;
    std::vector<std::string> top_four;
    for (std::size_t i = 0; i < 4; ++i) {
        top_four.push_back(
            quiz.recommendations[static_cast<std::size_t>(report.recommendations[i].recommendation)]
                .id);
    }
    CHECK(top_four == std::vector<std::string>{"move_private_talks", "work_off_wechat",
                                               "files_elsewhere", "work_data_out"});
    const exposure::PlanProjection projection =
        exposure::project_plan(quiz, answers, *exposure::plan_from_ids(quiz, top_four).value);
    CHECK(projection.now.score == Catch::Approx(85.955).margin(0.001));
    CHECK(projection.sum_of_deltas == Catch::Approx(-28.683).margin(0.001));
    CHECK(projection.change == Catch::Approx(-25.111).margin(0.001));
    CHECK(projection.planned.score == Catch::Approx(60.844).margin(0.001));
    CHECK(quiz.bands[static_cast<std::size_t>(projection.planned.band)].id == "high");
    CHECK(projection.applied.size() == 4);
}

TEST_CASE("a link made on version 1 compares with one made on version 2 in another language",
          "[content][compare]") {
    // Then: the persona's held link, with a plan of two actions, opened in English on version 1.
    const exposure::Quiz v1 = quiz_for_link(kHeldPersonaLink, "en");
    exposure::SharedResult then = decoded(v1, kHeldPersonaLink);
    then.plan = *exposure::plan_from_ids(v1, {"move_private_talks", "work_off_wechat"}).value;
    const std::string then_code = exposure::encode_share(v1, then.answers, then.plan);

    // Now: the same reader on version 2, private talks moved to an encrypted app, in Chinese.
    const exposure::Quiz v2_en = shipped_quiz("wechat", "en");
    exposure::Answers answers = persona_today(v2_en, "wechat-cn86-pay-business");
    const exposure::Fix& fix =
        *v2_en
             .recommendations[static_cast<std::size_t>(recommendation(v2_en, "move_private_talks"))]
             .fix;
    answers[static_cast<std::size_t>(fix.question)] = {exposure::Answer::State::Chosen,
                                                       fix.options};
    const std::string now_code = exposure::encode_share(v2_en, answers);
    const exposure::Quiz v2 = quiz_for_link(now_code, "zh-Hans");
    REQUIRE(v2.published == 2);

    const exposure::SharedResult then_opened = decoded(quiz_for_link(then_code, "en"), then_code);
    CHECK(then_opened == then);
    const exposure::Outcome<exposure::Comparison> outcome =
        exposure::compare_results({v1, then_opened}, {v2, decoded(v2, now_code)});
    REQUIRE(outcome.ok());
    const exposure::Comparison& comparison = *outcome.value;
    CHECK(comparison.different_version);
    CHECK(comparison.different_language);
    CHECK(comparison.then.score == exposure::score(v1, then.answers).score); // as it was
    CHECK(comparison.now.score == exposure::score(v2, answers).score);
    CHECK(comparison.change == Catch::Approx(-13.116).margin(0.001)); // 85.955 -> 72.839

    // Version 2 asks four more questions this persona answers; it has no "work documents"
    // option for files sent, which the persona had chosen; private talks moved.
    std::vector<std::string> only_now;
    std::vector<std::string> changed;
    for (const exposure::AnswerChange& change : comparison.answers) {
        CHECK(change.kind != exposure::AnswerChange::Kind::OnlyThen);
        (change.kind == exposure::AnswerChange::Kind::OnlyNow ? only_now : changed)
            .push_back(change.question);
    }
    CHECK(only_now ==
          std::vector<std::string>{"at_risk", "family_in_china", "strangers", "desktop_history"});
    CHECK(changed == std::vector<std::string>{"files_sent", "private_talks"});
    const exposure::AnswerChange& files = *std::find_if(
        comparison.answers.begin(), comparison.answers.end(),
        [](const exposure::AnswerChange& change) { return change.question == "files_sent"; });
    CHECK(files.then.options == std::vector<std::string>{"id_photos", "work_docs", "screenshots"});
    CHECK(files.now.options == std::vector<std::string>{"id_photos", "screenshots"});

    REQUIRE(comparison.plan.size() == 2);
    CHECK(comparison.plan[0].recommendation == "move_private_talks");
    CHECK(comparison.plan[0].status == exposure::PlanItemOutcome::Status::FixInPlace);
    CHECK(comparison.plan[1].recommendation == "work_off_wechat");
    CHECK(comparison.plan[1].status == exposure::PlanItemOutcome::Status::StillToDo);
}
