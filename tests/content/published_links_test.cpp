// Result links open forever. Share codes readers hold from the pages published before quiz
// packages (tests/data/share-codes-60d5d76.json: share format 2, made on main at 60d5d76) open on
// the published version they were made on, in every language, with the score, band and first
// recommendations they had; codes made today cross languages; and once the structure changes
// and a new version is published, every earlier link still opens as it was.
#include "shipped.hpp"

#include "exposure/answers.hpp"
#include "exposure/hash.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"
#include "exposure/share_format.hpp"
#include "exposure/versions.hpp"

#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A quiz file's text with its first category's weight set to `weight` (no shipped weight is 9).
std::string with_first_weight(std::string structure, int weight) {
    const std::string key = "\"weight\": ";
    const std::size_t at = structure.find(key);
    REQUIRE(at != std::string::npos);
    const std::size_t digits = at + key.size();
    const std::size_t end = structure.find_first_not_of("0123456789", digits);
    REQUIRE(structure.substr(digits, end - digits) != std::to_string(weight));
    return structure.replace(digits, end - digits, std::to_string(weight));
}

struct HeldLink {
    std::string quiz, lang, code, band, band_title;
    double score = 0;
    std::vector<std::string> recommendations; // the first five, in order
};

std::vector<HeldLink> held_links() {
    const auto json = nlohmann::json::parse(
        read(std::string(EXPOSURE_TEST_DATA_DIR) + "/share-codes-60d5d76.json"), nullptr, false);
    REQUIRE(json.is_object());
    std::vector<HeldLink> links;
    for (const auto& c : json["codes"]) {
        links.push_back({c["quiz"], c["lang"], c["code"], c["band"], c["band_title"], c["score"],
                         c["recommendations"].get<std::vector<std::string>>()});
    }
    REQUIRE(links.size() >= 30);
    return links;
}

struct Opened {
    exposure::Quiz quiz;
    exposure::Report report;
    int version = 0;
};

// What `exposure score PACKAGE --share CODE --lang LANG` does: the version the code was made on,
// in that language.
Opened open_link(const content::Package& package, const std::string& code,
                 const std::string& lang) {
    auto [quiz, version] = shipped_quiz_of_link(package, code, lang);
    const exposure::Outcome<exposure::Answers> answers = exposure::decode_share(quiz, code);
    REQUIRE(answers.ok());
    exposure::Report report = exposure::score(quiz, *answers.value);
    return {std::move(quiz), std::move(report), version};
}

void check_as_held(const HeldLink& link, const Opened& opened) {
    CAPTURE(link.quiz, link.lang, link.code);
    CHECK(opened.report.score == link.score); // exactly: the same doubles as then
    CHECK(opened.quiz.bands[static_cast<std::size_t>(opened.report.band)].id == link.band);
    CHECK(opened.quiz.bands[static_cast<std::size_t>(opened.report.band)].title == link.band_title);
    std::vector<std::string> first;
    for (const auto& r : opened.report.recommendations) {
        if (first.size() < 5)
            first.push_back(
                opened.quiz.recommendations[static_cast<std::size_t>(r.recommendation)].id);
    }
    CHECK(first == link.recommendations);
}

// A copy of the content folder to change: published, frozen and checked there.
fs::path copy_of_content(const std::string& name) {
    const fs::path copy = fs::temp_directory_path() / ("exposure-" + name);
    fs::remove_all(copy);
    fs::copy(EXPOSURE_CONTENT_DIR, copy, fs::copy_options::recursive);
    return copy;
}

} // namespace

TEST_CASE("every result link made before quiz packages opens in its language as it was",
          "[content][share]") {
    for (const HeldLink& link : held_links()) {
        check_as_held(link, open_link(shipped_package(link.quiz), link.code, link.lang));
    }
}

TEST_CASE("a link made before quiz packages opens on version 1, not on today's structure",
          "[content][share]") {
    for (const HeldLink& link : held_links()) {
        CAPTURE(link.code);
        CHECK(open_link(shipped_package(link.quiz), link.code, link.lang).version == 1);
        // Today's quiz has been rebalanced since: it does not take the old code for its own.
        CHECK(shipped_package(link.quiz).current_version() > 1);
        CHECK_FALSE(exposure::decode_share(shipped_quiz(link.quiz, link.lang), link.code).ok());
    }
}

TEST_CASE("a code made today names the quiz's version and opens in every language",
          "[content][share]") {
    const std::string id = GENERATE("wechat", "messaging");
    const exposure::Quiz en = shipped_quiz(id, "en");
    const exposure::Answers answers = exposure::empty_answers(en);
    const std::string code = exposure::encode_share(en, answers);
    CHECK(exposure::read_share_header(code).value->version ==
          shipped_package(id).current_version());
    for (const std::string& lang : shipped_languages(id)) {
        CAPTURE(id, lang);
        const exposure::Quiz quiz = shipped_quiz(id, lang);
        CHECK(exposure::encode_share(quiz, answers) == code);
        const auto decoded = exposure::decode_share(quiz, code);
        REQUIRE(decoded.ok());
        CHECK(*decoded.value == answers);
    }
}

TEST_CASE("after a weight changes and a new version is published, every earlier link opens as "
          "it was, and new links name the new version",
          "[content][share]") {
    const fs::path content_dir = copy_of_content("new-version");
    const fs::path quiz_file = content_dir / "wechat" / "quiz.json";
    REQUIRE(content::write_file(quiz_file, with_first_weight(read(quiz_file.string()), 9)));

    std::optional<content::Package> package = content::load_package(content_dir / "wechat");
    std::optional<content::Locales> locales = content::load_locales(content_dir);
    REQUIRE((package && locales));
    CHECK_FALSE(package->published());
    const int latest = package->current_version(); // the next number, not yet published
    CHECK(content::freeze(*package, *locales, "2027-01-15") == latest);
    REQUIRE(package->published());

    for (const HeldLink& link : held_links()) {
        if (link.quiz != "wechat")
            continue;
        const exposure::Outcome<exposure::ShareHeader> header =
            exposure::read_share_header(link.code);
        REQUIRE(exposure::version_of_share(*header.value, package->versions) == 1);
        std::optional<exposure::Quiz> v1 = content::frozen_quiz(*package, *locales, 1, link.lang);
        REQUIRE(v1.has_value());
        const auto answers = exposure::decode_share(*v1, link.code);
        REQUIRE(answers.ok());
        check_as_held(link, Opened{*v1, exposure::score(*v1, *answers.value), 1});
        // The newest version, with its new weight, does not take the old code for its own.
        std::optional<exposure::Quiz> v2 = content::quiz_in(*package, *locales, link.lang);
        REQUIRE(v2.has_value());
        CHECK(exposure::decode_share(*v2, link.code).diagnostics.at(0).code ==
              exposure::DiagnosticCode::ShareOtherQuiz);
    }
    std::optional<exposure::Quiz> v2 = content::quiz_in(*package, *locales, "zh-Hant");
    REQUIRE(v2.has_value());
    const std::string code = exposure::encode_share(*v2, exposure::empty_answers(*v2));
    CHECK(exposure::read_share_header(code).value->version == latest);
    CHECK(exposure::version_of_share(*exposure::read_share_header(code).value, package->versions) ==
          latest);
    fs::remove_all(content_dir);
}

TEST_CASE("changing a weight in the structure changes every language's score, no text file "
          "touched",
          "[content][share]") {
    const fs::path content_dir = copy_of_content("reweighted");
    const fs::path quiz_file = content_dir / "wechat" / "quiz.json";
    REQUIRE(content::write_file(quiz_file, with_first_weight(read(quiz_file.string()), 9)));
    std::optional<content::Package> package = content::load_package(content_dir / "wechat");
    REQUIRE(package.has_value());
    const exposure::Quiz before = shipped_quiz("wechat", "en");
    const exposure::Answers answers =
        *exposure::read_answers_json(before, read(std::string(EXPOSURE_TEST_DATA_DIR) +
                                                  "/personas/wechat-cn86-pay-business.json"))
             .value;
    const double old_score = exposure::score(before, answers).score;
    std::optional<double> new_score;
    for (const std::string& lang : package->languages(shipped_locales())) {
        CAPTURE(lang);
        std::optional<exposure::Quiz> quiz = content::quiz_in(*package, shipped_locales(), lang);
        REQUIRE(quiz.has_value());
        CHECK(quiz->categories[0].weight == 9);
        const double score = exposure::score(*quiz, answers).score;
        CHECK(score != old_score);
        if (new_score)
            CHECK(score == *new_score);
        new_score = score;
    }
    fs::remove_all(content_dir);
}

TEST_CASE("a format-1 code opens on the very file it was made on, and nowhere else",
          "[content][share]") {
    const exposure::Quiz& en = shipped_package("wechat").source;
    std::vector<std::uint8_t> bytes = exposure::share_format::base64url_decode(
                                          exposure::encode_share(en, exposure::empty_answers(en)))
                                          .value();
    // Format 1: format, quiz id hash, the file's content hash, count, answers (no version, no
    // plan).
    std::vector<std::uint8_t> body(bytes.begin(), bytes.begin() + 5);
    body[0] = 1;
    for (int shift = 24; shift >= 0; shift -= 8)
        body.push_back(static_cast<std::uint8_t>(en.content_hash >> shift & 0xffu));
    body.push_back(static_cast<std::uint8_t>(en.questions.size()));
    for (std::size_t bits = 0; bits < en.questions.size() * 2; bits += 8)
        body.push_back(0);
    const std::string code = exposure::share_format::seal(body);
    CHECK(exposure::decode_share(en, code).ok());
    CHECK(exposure::decode_share(shipped_quiz("wechat", "zh-Hans"), code).diagnostics.at(0).code ==
          exposure::DiagnosticCode::ShareOtherQuiz);
}
