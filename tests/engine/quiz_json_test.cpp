// write_quiz: a quiz written back as content loads as the same quiz.
#include "test_quizzes.hpp"

#include "exposure/loader.hpp"
#include "exposure/quiz_json.hpp"
#include "exposure/share.hpp"
#include "exposure/translation.hpp"

#include <catch_amalgamated.hpp>

#include <string>

using namespace exposure;
using namespace testq;

namespace {

// The same quiz: structure, scoring inputs and every text.
void check_same(const Quiz& a, const Quiz& b) {
    CHECK(structure_hash(a) == structure_hash(b));
    CHECK(scoring_hash(a) == scoring_hash(b));
    CHECK(a.locale == b.locale);
    CHECK(a.reviewed == b.reviewed);
    CHECK(a.minutes == b.minutes);
    const std::vector<TextSlot> slots_a = text_slots(a), slots_b = text_slots(b);
    REQUIRE(slots_a.size() == slots_b.size());
    for (std::size_t i = 0; i < slots_a.size(); ++i) {
        CHECK(slots_a[i].pointer == slots_b[i].pointer);
        CHECK(slots_a[i].text == slots_b[i].text);
    }
}

} // namespace

TEST_CASE("a quiz written back as content loads as the same quiz, in both styles", "[quiz_json]") {
    Quiz quiz = small_quiz();
    quiz.locale = "en";
    quiz.reviewed = "2026-12";
    quiz.minutes = 3;
    quiz.outro = "Thanks.";
    quiz.questions[0].sources = {{"Report \"quoted\"", "https://example.org/a?b=1&c=2",
                                  "the \u201cpassage\u201d that says so", "en", "2026-12-06"}};
    quiz.questions[1].options[0].detail = "with a detail";
    for (const JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact}) {
        const std::string text = write_quiz(quiz, style);
        const Outcome<Quiz> loaded = load_quiz(text);
        for (const Diagnostic& d : loaded.diagnostics)
            UNSCOPED_INFO(format_diagnostic("written", d));
        REQUIRE(loaded.ok());
        check_same(quiz, *loaded.value);
    }
}

TEST_CASE("the compact style has no whitespace between tokens", "[quiz_json]") {
    const std::string text = write_quiz(small_quiz(), JsonStyle::Compact);
    CHECK(text.find("\n") == std::string::npos);
    CHECK(text.find("\": ") == std::string::npos);
}

TEST_CASE("every condition and fix survives the trip through content", "[quiz_json]") {
    // Conditions of every kind (is, in, has, all, any, not) and fixes of both kinds.
    QuizBuilder b("conditions");
    b.category("c");
    b.single("one", "c", {0, 1, 2});
    b.multi("many", "c", {1, 1, 0}).exclusive(2);
    b.single("shown", "c", {0, 1}).show_if(all({b.in("one", {1, 2}), not_(b.has("many", 0))}));
    b.single("last", "c", {0, 3}).show_if(any({b.is("one", 0), b.has("many", 1)}));
    b.recommendation("single_fix", b.is("last", 1),
                     std::make_pair(std::string("last"), std::vector<int>{0}));
    b.recommendation("multi_fix", not_(b.is("many", 2)),
                     std::make_pair(std::string("many"), std::vector<int>{2}));
    const Quiz quiz = b.build();
    const Outcome<Quiz> loaded = load_quiz(write_quiz(quiz, JsonStyle::Compact));
    REQUIRE(loaded.ok());
    check_same(quiz, *loaded.value);
}
