// compare_locales: a translation has the same structure as the file it translates and
// translates every text that has words in it.
#include "test_quizzes.hpp"

#include "exposure/locales.hpp"

#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;

namespace {

// The small quiz with every text "translated" (marked with a prefix), structure untouched.
Quiz translated(Quiz quiz) {
    const auto mark = [](auto&... texts) {
        ((texts = texts.empty() ? texts : "[fr] " + texts), ...);
    };
    quiz.locale = "fr";
    mark(quiz.title, quiz.intro);
    for (Category& category : quiz.categories)
        mark(category.title, category.description);
    for (Question& question : quiz.questions) {
        mark(question.prompt, question.help);
        for (Option& option : question.options)
            mark(option.label, option.detail);
    }
    for (Band& band : quiz.bands)
        mark(band.title, band.summary);
    for (Recommendation& recommendation : quiz.recommendations)
        mark(recommendation.title, recommendation.body);
    return quiz;
}

Quiz reference() {
    Quiz quiz = small_quiz();
    quiz.intro = "A short quiz about your account.";
    return quiz;
}

// The one difference between the reference and `other` (the test stops if there is not exactly
// one).
Diagnostic the_one_difference(const Quiz& other) {
    const std::vector<Diagnostic> found = compare_locales(reference(), other);
    REQUIRE(found.size() == 1);
    return found[0];
}

} // namespace

TEST_CASE("a translation that changes only the text agrees with its reference", "[locales]") {
    CHECK(compare_locales(reference(), translated(reference())).empty());
}

TEST_CASE("a different point value is a structural difference at its pointer", "[locales]") {
    Quiz other = translated(reference());
    other.questions[1].options[2].points += 1;
    const std::vector<Diagnostic> found = compare_locales(reference(), other);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == DiagnosticCode::LocaleStructure);
    CHECK(found[0].pointer == "/questions/1/options/2/points");
    CHECK_THAT(found[0].message, ContainsSubstring("in the other file"));
}

TEST_CASE("options in another order are a structural difference at the first id that moved",
          "[locales]") {
    Quiz other = translated(reference());
    std::swap(other.questions[0].options[0], other.questions[0].options[1]);
    const std::vector<Diagnostic> found = compare_locales(reference(), other);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].code == DiagnosticCode::LocaleStructure);
    CHECK(found[0].pointer == "/questions/0/options/0/id");
}

TEST_CASE("a missing question is reported once, on the list", "[locales]") {
    Quiz other = translated(reference());
    other.questions.pop_back();
    const Diagnostic found = the_one_difference(other);
    CHECK(found.pointer == "/questions");
    CHECK(found.code == DiagnosticCode::LocaleStructure);
}

TEST_CASE("a different show_if is a structural difference", "[locales]") {
    Quiz other = translated(reference());
    other.questions[2].show_if.reset();
    const Diagnostic found = the_one_difference(other);
    CHECK(found.pointer == "/questions/2/show_if");
    CHECK(found.code == DiagnosticCode::LocaleStructure);
}

TEST_CASE("a text left the same as the reference's is untranslated", "[locales]") {
    Quiz other = translated(reference());
    other.questions[3].prompt = reference().questions[3].prompt;
    const std::vector<Diagnostic> found = compare_locales(reference(), other);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == DiagnosticCode::LocaleUntranslated);
    CHECK(found[0].pointer == "/questions/3/prompt");
}

TEST_CASE("a text the reference has but the translation leaves empty is reported as empty",
          "[locales]") {
    Quiz other = translated(reference());
    other.intro.clear();
    const std::vector<Diagnostic> found = compare_locales(reference(), other);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == DiagnosticCode::LocaleEmpty);
    CHECK(found[0].pointer == "/intro");
}

TEST_CASE("a text with nothing to translate may stay the same", "[locales]") {
    Quiz other = translated(reference());
    other.questions[0].options[0].label = "Signal";
    Quiz base = reference();
    base.questions[0].options[0].label = "Signal";
    CHECK(compare_locales(base, other).empty());
}

TEST_CASE("a text needs translating when a word of 4+ ASCII letters is not a product name",
          "[locales]") {
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
