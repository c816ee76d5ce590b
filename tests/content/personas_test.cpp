// Realistic readers, pinned to the band and the first action the quiz gives them, so that an
// edit to the content that changes what these people are told is noticed and reviewed.
#include "exposure/answers.hpp"
#include "exposure/loader.hpp"
#include "exposure/scoring.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct PersonaOutcome {
    double score = 0;
    std::string band;
    std::string top_recommendation;
};

PersonaOutcome take_quiz_as(const std::string& quiz_file, const std::string& persona_file) {
    const auto quiz = exposure::load_quiz(read_file(std::string(EXPOSURE_CONTENT_DIR) + "/" + quiz_file));
    REQUIRE(quiz.diagnostics.empty());
    const auto answers = exposure::read_answers_json(
        *quiz.value, read_file(std::string(EXPOSURE_TEST_DATA_DIR) + "/personas/" + persona_file));
    REQUIRE(answers.diagnostics.empty());
    const exposure::Report report = exposure::score(*quiz.value, *answers.value);
    REQUIRE_FALSE(report.recommendations.empty());
    return {report.score, quiz.value->bands[static_cast<std::size_t>(report.band)].id,
            quiz.value->recommendations[static_cast<std::size_t>(report.recommendations.front().recommendation)].id};
}

} // namespace

TEST_CASE("each persona lands in its band and is told the action that helps them most", "[content][personas]") {
    const auto [quiz_file, persona_file, band, top_recommendation] =
        GENERATE(table<std::string, std::string, std::string, std::string>({
            {"wechat.en.json", "wechat-intl-careful.json", "low", "separate_device"},
            {"wechat.en.json", "wechat-cn86-pay-business.json", "severe", "work_off_wechat"},
            {"wechat.en.json", "wechat-everyday-moderate.json", "moderate", "move_private_talks"},
            {"wechat.en.json", "wechat-skips-personal.json", "moderate", "write_as_if_read"},
            {"messaging.en.json", "messaging-defaults-user.json", "high", "use_disappearing"},
        }));
    CAPTURE(persona_file);
    const PersonaOutcome outcome = take_quiz_as(quiz_file, persona_file);
    CAPTURE(outcome.score);
    CHECK(outcome.band == band);
    CHECK(outcome.top_recommendation == top_recommendation);
}
