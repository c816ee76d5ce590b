// Realistic readers, pinned to the band and the first action the quiz gives them, so that an
// edit to the content that changes what these people are told is noticed and reviewed.
#include "exposure/answers.hpp"
#include "exposure/scoring.hpp"
#include "shipped.hpp"

#include <catch_amalgamated.hpp>

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
    int skipped = 0;
    std::string band;
    std::string top_recommendation;
};

PersonaOutcome take_quiz_as(const std::string& quiz_id, const std::string& persona_file) {
    const std::optional<exposure::Quiz> quiz = shipped_package(quiz_id).source;
    const auto answers = exposure::read_answers_json(
        *quiz, read_file(std::string(EXPOSURE_TEST_DATA_DIR) + "/personas/" + persona_file));
    REQUIRE(answers.diagnostics.empty());
    const exposure::Report report = exposure::score(*quiz, *answers.value);
    REQUIRE_FALSE(report.recommendations.empty());
    int skipped = 0;
    for (const auto& answer : *answers.value) {
        if (answer.state == exposure::Answer::State::Skipped)
            ++skipped;
    }
    return {report.score, skipped, quiz->bands[static_cast<std::size_t>(report.band)].id,
            quiz->recommendations[static_cast<std::size_t>(
                                      report.recommendations.front().recommendation)]
                .id};
}

} // namespace

// Scores re-derived by hand for the 2026-12 weights (content/README.md, "Points"). A category
// scores 100 * Σ points / Σ max over the questions the reader answered (skipped and hidden ones
// count in neither), and the overall score is Σ weight * category / Σ weight over assessed
// categories; the weights are account 3, sending 4, readers 3, phone 2, money 2, guard 2 (16).
//
// wechat-intl-careful (foreign number, careful habits):
//   account  contacts_in_china some 5; others 0             5/38 = 13.158  x3 =  39.474
//   sending  all 0 (work_data hidden)                        0/28 =  0      x4 =   0
//   readers  moments limited 2                               2/22 =  9.091  x3 =  27.273
//   phone    permissions camera 1, one_phone same 4          5/32 = 15.625  x2 =  31.250
//   money    all 0 (pay_linked hidden)                       0/20 =  0      x2 =   0
//   guard    all 0                                           0/48 =  0      x2 =   0
//   overall  97.996 / 16 = 6.12
//
// wechat-skips-personal (skips where_you_are, sensitive_topics, identity_check, shared_phone):
//   account  registered_number not_sure 5, contacts dont_know 4   9/28 = 32.143 x3 =  96.429
//   sending  files_sent screenshots 2 + private_photos 3            5/18 = 27.778 x4 = 111.111
//   readers  private_talks mixed 5, favorites some 3                8/22 = 36.364 x3 = 109.091
//   phone    location not_sure 7, one_phone profile 2              9/32 = 28.125 x2 =  56.250
//   money    wechat_pay no 0 (identity_check skipped)              0/10 =  0     x2 =   0
//   guard    updates 8, devices 3, desktop 2, recovery 4, calls 8 25/42 = 59.524 x2 = 119.048
//   overall  491.929 / 16 = 30.75
// The CLI (`exposure score --format text`) prints 6.1 and 30.7 for these two files.
TEST_CASE("each persona lands in its band and is told the action that helps them most",
          "[content][personas]") {
    const auto [quiz_id, persona_file, band, top_recommendation, score, skipped] =
        GENERATE(table<std::string, std::string, std::string, std::string, double, int>({
            {"wechat", "wechat-intl-careful.json", "low", "separate_device", 6.125, 0},
            {"wechat", "wechat-cn86-pay-business.json", "severe", "move_private_talks", 85.955, 0},
            {"wechat", "wechat-everyday-moderate.json", "moderate", "move_private_talks", 34.793,
             0},
            {"wechat", "wechat-skips-personal.json", "moderate", "files_elsewhere", 30.746, 4},
            {"messaging", "messaging-defaults-user.json", "high", "use_disappearing", 68.667, 0},
        }));
    CAPTURE(persona_file);
    const PersonaOutcome outcome = take_quiz_as(quiz_id, persona_file);
    CAPTURE(outcome.score);
    CHECK(outcome.band == band);
    CHECK(outcome.top_recommendation == top_recommendation);
    CHECK(outcome.score == Catch::Approx(score).margin(0.001));
    CHECK(outcome.skipped == skipped);
}
