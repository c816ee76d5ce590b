// Translations: a quiz's text in another language, keyed by ids, each entry knowing which source
// text it translates.
#include "test_quizzes.hpp"

#include "exposure/share.hpp"
#include "exposure/translation.hpp"

#include <catch_amalgamated.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;

namespace {

Quiz source_quiz() {
    Quiz quiz = small_quiz();
    quiz.questions[0].sources = {{"Report", "https://example.org/report", "", "", ""}};
    quiz.recommendations[0].sources = {{"Report", "https://example.org/report", "", "", ""},
                                       {"A/B guide", "https://example.org/a/b", "", "", ""}};
    return quiz;
}

// Every text of `quiz` translated (marked "[fr] "), each entry from its current source text.
Translation full_translation(const Quiz& quiz) {
    Translation translation;
    translation.locale = "fr";
    for (const TextSlot& slot : text_slots(quiz)) {
        translation.entries[slot.pointer] = {"[fr] " + slot.text, text_hash(slot.text)};
    }
    return translation;
}

std::vector<std::string> pointers_with(const std::vector<Diagnostic>& found, DiagnosticCode code) {
    std::vector<std::string> pointers;
    for (const Diagnostic& d : found) {
        if (d.code == code) {
            pointers.push_back(d.pointer);
        }
    }
    return pointers;
}

} // namespace

TEST_CASE("a quiz's texts are keyed by its ids, each source title once per URL", "[translation]") {
    const std::vector<TextSlot> slots = text_slots(source_quiz());
    std::vector<std::string> pointers;
    for (const TextSlot& slot : slots) {
        pointers.push_back(slot.pointer);
    }
    CHECK(pointers.front() == "/title");
    CHECK(std::count(pointers.begin(), pointers.end(), "/questions/account/prompt") == 1);
    CHECK(std::count(pointers.begin(), pointers.end(), "/questions/features/options/d/label") == 1);
    CHECK(std::count(pointers.begin(), pointers.end(),
                     "/sources/https:~1~1example.org~1report/title") == 1);
    CHECK(std::count(pointers.begin(), pointers.end(),
                     "/sources/https:~1~1example.org~1a~1b/title") == 1);
    // An empty text (no outro, no detail) has no slot.
    CHECK(
        std::none_of(slots.begin(), slots.end(), [](const TextSlot& s) { return s.text.empty(); }));
}

TEST_CASE("translate puts every text in place and leaves the structure alone", "[translation]") {
    const Quiz source = source_quiz();
    const Translation french = full_translation(source);
    const Outcome<Quiz> translated = translate(source, {&french}, "fr");
    REQUIRE(translated.ok());
    const Quiz& quiz = *translated.value;
    CHECK(quiz.locale == "fr");
    CHECK(quiz.title == "[fr] " + source.title);
    CHECK(quiz.questions[1].options[3].label == "[fr] " + source.questions[1].options[3].label);
    CHECK(quiz.recommendations[0].sources[0].title == "[fr] Report");
    CHECK(quiz.questions[0].sources[0].title == "[fr] Report");
    CHECK(quiz.recommendations[0].sources[1].url == "https://example.org/a/b");
    CHECK(structure_hash(quiz) == structure_hash(source));
    CHECK(scoring_hash(quiz) == scoring_hash(source));
}

TEST_CASE("a text no translation has is an error with its pointer, never the source language",
          "[translation]") {
    const Quiz source = source_quiz();
    Translation french = full_translation(source);
    french.entries.erase("/questions/pin/prompt");
    const Outcome<Quiz> translated = translate(source, {&french}, "fr");
    CHECK_FALSE(translated.ok());
    REQUIRE(translated.diagnostics.size() == 1);
    CHECK(translated.diagnostics[0].code == DiagnosticCode::TranslationMissing);
    CHECK(translated.diagnostics[0].pointer == "/questions/pin/prompt");
}

TEST_CASE("a regional variant holds what differs and falls back to its parent for the rest",
          "[translation]") {
    const Quiz source = source_quiz();
    const Translation parent = full_translation(source);
    Translation variant;
    variant.locale = "fr-CA";
    variant.entries["/title"] = {"Titre canadien", text_hash(source.title)};
    const Outcome<Quiz> translated = translate(source, {&variant, &parent}, "fr-CA");
    REQUIRE(translated.ok());
    CHECK(translated.value->title == "Titre canadien");
    CHECK(translated.value->questions[0].prompt == "[fr] " + source.questions[0].prompt);
    CHECK(translated.value->locale == "fr-CA");
    // The variant alone is complete by its own rule, the parent's by its own.
    CHECK(check_translation(source, variant, /*variant=*/true).empty());
    CHECK(pointers_with(check_translation(source, variant, /*variant=*/false),
                        DiagnosticCode::TranslationMissing)
              .size() == text_slots(source).size() - 1);
}

TEST_CASE("a changed source sentence makes its translation stale, and only that one",
          "[translation]") {
    Quiz source = source_quiz();
    const Translation french = full_translation(source);
    CHECK(check_translation(source, french, false).empty());
    source.questions[2].help = "A corrected sentence.";
    const std::vector<Diagnostic> found = check_translation(source, french, false);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == DiagnosticCode::TranslationStale);
    CHECK(found[0].pointer == "/questions/backup/help");
    CHECK_THAT(found[0].message, ContainsSubstring("A corrected sentence."));
    CHECK_THAT(found[0].message, ContainsSubstring("--stamp fr /questions/backup/help"));
}

TEST_CASE("reordering questions or options breaks no translation", "[translation]") {
    Quiz source = source_quiz();
    const Translation french = full_translation(source);
    std::reverse(source.questions[1].options.begin(), source.questions[1].options.end());
    std::swap(source.bands[0], source.bands[1]);
    CHECK(check_translation(source, french, false).empty());
}

TEST_CASE("an entry for a text the quiz does not have is extra", "[translation]") {
    const Quiz source = source_quiz();
    Translation french = full_translation(source);
    french.entries["/questions/gone/prompt"] = {"Disparu", "00000000"};
    CHECK(
        pointers_with(check_translation(source, french, false), DiagnosticCode::TranslationExtra) ==
        std::vector<std::string>{"/questions/gone/prompt"});
}

TEST_CASE("an entry left as the source text is untranslated when it has words to translate",
          "[translation]") {
    Quiz source = source_quiz();
    source.questions[3].options[0].label = "Signal";
    Translation french = full_translation(source);
    french.entries["/questions/pin/options/a/label"] = {"Signal", text_hash("Signal")};
    french.entries["/title"] = {source.title, text_hash(source.title)};
    CHECK(pointers_with(check_translation(source, french, false),
                        DiagnosticCode::TranslationUntranslated) ==
          std::vector<std::string>{"/title"});
}

TEST_CASE("a translation file reads back as it was written", "[translation]") {
    const Quiz source = source_quiz();
    Translation french = full_translation(source);
    french.entries["/questions/account/prompt"].text = "Guillemets \"et\" barre / oblique";
    const std::string written = write_translation(source, french);
    CHECK_THAT(written, ContainsSubstring("\"https://example.org/a/b\": {"));
    const Outcome<Translation> read = load_translation(written);
    REQUIRE(read.ok());
    CHECK(read.value->locale == "fr");
    REQUIRE(read.value->entries.size() == french.entries.size());
    for (const auto& [pointer, entry] : french.entries) {
        CAPTURE(pointer);
        REQUIRE(read.value->entries.count(pointer) == 1);
        CHECK(read.value->entries.at(pointer).text == entry.text);
        CHECK(read.value->entries.at(pointer).from == entry.from);
    }
}

TEST_CASE("a translation file's problems are reported with their pointers and places",
          "[translation]") {
    auto [label, text, pointer,
          words] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"no locale", R"({"title": {"text": "T", "from": "0123abcd"}})", "", "missing \"locale\""},
        {"a from that is not a hash", R"({"locale": "fr", "title": {"text": "T", "from": "xyz"}})",
         "/title/from", "8 hex digits"},
        {"no from", R"({"locale": "fr", "title": {"text": "T"}})", "/title", "missing \"from\""},
        {"an empty text", R"({"locale": "fr", "title": {"text": "", "from": "0123abcd"}})",
         "/title/text", "must not be empty"},
        {"an unknown key in an entry",
         R"({"locale": "fr", "title": {"text": "T", "from": "0123abcd", "note": "x"}})",
         "/title/note", "unknown key"},
        {"not JSON", R"({"locale": "fr",)", "", ""},
    }));
    CAPTURE(label);
    const Outcome<Translation> read = load_translation(text);
    CHECK_FALSE(read.ok());
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(read.diagnostics[0].pointer == pointer);
    CHECK_THAT(read.diagnostics[0].message, ContainsSubstring(words));
    if (label != "not JSON") {
        CHECK(read.diagnostics[0].line == 1);
    }
}

TEST_CASE("text_hash is FNV-1a 32 of the text, as 8 lowercase hex digits", "[translation]") {
    CHECK(text_hash("") == "811c9dc5");
    CHECK(text_hash("a") == "e40c292c");
}

TEST_CASE("a text needs translating when a word of 4+ ASCII letters is not a product name",
          "[translation]") {
    CHECK(needs_translation("None of these"));
    CHECK(needs_translation("Signal or Matrix"));
    CHECK(needs_translation("See https://example.com/privacy for more"));
    CHECK_FALSE(needs_translation("Signal"));
    CHECK_FALSE(needs_translation("WhatsApp / Telegram / iMessage"));
    CHECK_FALSE(needs_translation("SMS, 2FA, PIN"));
    CHECK_FALSE(needs_translation("https://example.com/privacy-policy"));
    CHECK_FALSE(needs_translation("微信支付"));
    CHECK_FALSE(needs_translation("2026"));
}
