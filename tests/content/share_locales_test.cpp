// Share codes cross languages: a result link made on the English WeChat quiz opens on the
// Chinese ones to the same answers, because the code carries the scoring structure's hash and
// not the wording's. Format-1 links (the file's raw hash) still open on the very file they were
// made on.
#include "exposure/answers.hpp"
#include "exposure/loader.hpp"
#include "exposure/share.hpp"
#include "exposure/share_format.hpp"
#include "shipped.hpp"

#include <catch_amalgamated.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

exposure::Answers persona_answers(const exposure::Quiz& quiz) {
    std::ifstream in(std::string(EXPOSURE_TEST_DATA_DIR) +
                         "/personas/wechat-cn86-pay-business.json",
                     std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    auto answers = exposure::read_answers_json(quiz, text.str());
    REQUIRE(answers.diagnostics.empty());
    return *answers.value;
}

// The same answers as a format-1 code: the layout of format 2 with version 1 and the file's
// content hash in place of the scoring hash.
std::string format_1_code(const exposure::Quiz& quiz, const exposure::Answers& answers) {
    std::vector<std::uint8_t> bytes =
        exposure::share_format::base64url_decode(exposure::encode_share(quiz, answers)).value();
    bytes.resize(bytes.size() - exposure::share_format::kChecksumBytes);
    bytes[0] = 1;
    for (int i = 0; i < 4; ++i) {
        bytes[static_cast<std::size_t>(5 + i)] =
            static_cast<std::uint8_t>(quiz.content_hash >> (24 - 8 * i) & 0xffu);
    }
    return exposure::share_format::seal(bytes);
}

} // namespace

TEST_CASE("the same answers give the same share code on every locale of the WeChat quiz",
          "[content][share]") {
    const exposure::Quiz en = load_shipped("wechat.en.json");
    const exposure::Answers answers = persona_answers(en);
    const std::string code = exposure::encode_share(en, answers);
    const std::string file = GENERATE("wechat.zh-Hans.json", "wechat.zh-Hant.json");
    CAPTURE(file);
    CHECK(exposure::encode_share(load_shipped(file), answers) == code);
}

TEST_CASE("a share code made on one locale opens on the others to the same answers",
          "[content][share]") {
    const std::string from =
        GENERATE("wechat.en.json", "wechat.zh-Hans.json", "wechat.zh-Hant.json");
    const std::string to = GENERATE("wechat.en.json", "wechat.zh-Hans.json", "wechat.zh-Hant.json");
    CAPTURE(from, to);
    const exposure::Quiz made_on = load_shipped(from);
    const exposure::Answers answers = persona_answers(made_on);
    const auto decoded =
        exposure::decode_share(load_shipped(to), exposure::encode_share(made_on, answers));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == answers);
}

TEST_CASE("changing a point value changes the code, and old codes then belong to another quiz",
          "[content][share]") {
    const exposure::Quiz en = load_shipped("wechat.en.json");
    const exposure::Answers answers = persona_answers(en);
    const std::string old_code = exposure::encode_share(en, answers);
    exposure::Quiz changed = en;
    changed.questions[4].options[1].points += 1;
    CHECK(exposure::scoring_hash(changed) != exposure::scoring_hash(en));
    CHECK(exposure::encode_share(changed, answers) != old_code);
    const auto decoded = exposure::decode_share(changed, old_code);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.diagnostics[0].code == exposure::DiagnosticCode::ShareOtherQuiz);
}

TEST_CASE("a format-1 code opens on the very file it was made on", "[content][share]") {
    const exposure::Quiz en = load_shipped("wechat.en.json");
    const exposure::Answers answers = persona_answers(en);
    const auto decoded = exposure::decode_share(en, format_1_code(en, answers));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == answers);
}

TEST_CASE("a format-1 code made on the English file belongs to another quiz on a translation",
          "[content][share]") {
    const exposure::Quiz en = load_shipped("wechat.en.json");
    const std::string code = format_1_code(en, persona_answers(en));
    const auto decoded = exposure::decode_share(load_shipped("wechat.zh-Hans.json"), code);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.diagnostics[0].code == exposure::DiagnosticCode::ShareOtherQuiz);
}
