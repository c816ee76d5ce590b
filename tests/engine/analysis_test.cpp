// Analysis: lint warnings and the reachable score range.
#include "test_quizzes.hpp"

#include "exposure/analysis.hpp"
#include "exposure/scoring.hpp"
#include "exposure/session.hpp"

#include <catch_amalgamated.hpp>

#include <random>
#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

std::vector<std::string> pointers(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> result;
    for (const Diagnostic& d : diagnostics) {
        result.push_back(d.pointer);
    }
    return result;
}

// Every complete answer set (each visible question answered or, where allowed, skipped),
// straight from the definition, scored by the engine.
struct BruteForce {
    const Quiz& quiz;
    Answers answers;
    double low = 100, high = 0;
    long count = 0;

    explicit BruteForce(const Quiz& q) : quiz(q), answers(q.questions.size()) { walk(0); }

    void walk(std::size_t q) {
        if (q == quiz.questions.size()) {
            const double s = overall_score(quiz, answers);
            low = std::min(low, s);
            high = std::max(high, s);
            ++count;
            return;
        }
        if (!is_visible(quiz, answers, static_cast<int>(q))) {
            answers[q] = unanswered();
            walk(q + 1);
            return;
        }
        const Question& question = quiz.questions[q];
        const int n = static_cast<int>(question.options.size());
        if (question.skippable) {
            answers[q] = skipped();
            walk(q + 1);
        }
        if (question.kind == QuestionKind::Single) {
            for (int o = 0; o < n; ++o) {
                answers[q] = chosen({o});
                walk(q + 1);
            }
        } else {
            for (int mask = 1; mask < (1 << n); ++mask) {
                std::vector<int> options;
                bool exclusive = false;
                for (int o = 0; o < n; ++o) {
                    if ((mask >> o & 1) != 0) {
                        options.push_back(o);
                        exclusive =
                            exclusive || question.options[static_cast<std::size_t>(o)].exclusive;
                    }
                }
                if (exclusive && options.size() > 1) {
                    continue;
                }
                answers[q] = chosen(options);
                walk(q + 1);
            }
        }
        answers[q] = unanswered();
    }
};

bool complete_and_valid(const Quiz& quiz, const Answers& answers) {
    Session session(quiz, answers);
    if (!session.is_complete()) {
        return false;
    }
    for (std::size_t q = 0; q < answers.size(); ++q) {
        const Answer& a = answers[q];
        if (a.state == Answer::State::Skipped && !quiz.questions[q].skippable)
            return false;
        if (a.state == Answer::State::Chosen && a.options.empty())
            return false;
    }
    return true;
}

int pick(std::mt19937& random, int n) {
    return static_cast<int>(random() % static_cast<unsigned>(n));
}

// Small random quizzes with show_if chains, skips, caps and exclusive options; the same seed
// gives the same quiz.
Quiz random_small_quiz(unsigned seed) {
    std::mt19937 random(seed);
    QuizBuilder b("random");
    const int categories = pick(random, 3) + 1;
    for (int c = 0; c < categories; ++c) {
        b.category("c" + std::to_string(c), 1 + pick(random, 3));
    }
    const int questions = pick(random, 5) + 2;
    for (int q = 0; q < questions; ++q) {
        const std::string id = "q" + std::to_string(q);
        const std::string category = "c" + std::to_string(pick(random, categories));
        std::vector<double> points;
        const int options = pick(random, 3) + 2;
        for (int o = 0; o < options; ++o) {
            points.push_back(pick(random, 4));
        }
        if (pick(random, 3) == 0) {
            b.multi(id, category, points,
                    pick(random, 2) == 0 ? std::optional<double>(3) : std::nullopt);
            if (pick(random, 2) == 0) {
                b.exclusive(options - 1);
            }
        } else {
            b.single(id, category, points);
        }
        if (pick(random, 3) == 0) {
            b.skippable();
        }
        if (q > 0 && pick(random, 2) == 0) {
            const std::string target = "q" + std::to_string(pick(random, q));
            const int roll = pick(random, 3);
            b.show_if(roll == 0   ? b.is(target, 0)
                      : roll == 1 ? not_(b.has(target, 1))
                                  : any({b.in(target, {0, 1}), b.is(target, 1)}));
        }
    }
    return b.build();
}

} // namespace

// ---- lint ----------------------------------------------------------------------------------

TEST_CASE("lint finds nothing wrong with a sound quiz", "[analysis]") {
    CHECK(lint(small_quiz()).empty());
}

TEST_CASE("lint warns about a question whose show_if can never hold", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("x", "c", {0, 1});
    b.single("never", "c", {0, 1}).show_if(all({b.is("x", 0), b.is("x", 1)}));
    b.single("chained", "c", {0, 1}).show_if(b.in("never", {0, 1}));
    const std::vector<Diagnostic> warnings = lint(b.build());
    CHECK(pointers(warnings) ==
          std::vector<std::string>{"/questions/1/show_if", "/questions/2/show_if"});
    CHECK_THAT(warnings[0].message, ContainsSubstring("question 'never' can never be shown"));
    CHECK(warnings[0].code == DiagnosticCode::LintNeverShown);
}

TEST_CASE("lint accepts a show_if that holds only while an earlier question is unanswered",
          "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("x", "c", {0, 1});
    // x is never "neither a nor b" when answered, but it can be left unanswered.
    b.single("y", "c", {0, 1}).show_if(not_(b.in("x", {0, 1})));
    CHECK(lint(b.build()).empty());
}

TEST_CASE("lint treats an is condition on a multi question as exactly that option", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.multi("m", "c", {1, 1, 0}).exclusive(2);
    // "is a" needs {a} alone, so "is a and has b" cannot hold.
    b.single("never", "c", {0, 1}).show_if(all({b.is("m", 0), b.has("m", 1)}));
    b.single("fine", "c", {0, 1}).show_if(all({b.has("m", 0), b.has("m", 1)}));
    CHECK(pointers(lint(b.build())) == std::vector<std::string>{"/questions/1/show_if"});
}

TEST_CASE("lint warns about single options that nothing tells apart", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("same", "c", {1, 1, 2});
    b.single("told-apart", "c", {1, 1});
    b.single("follow", "c", {0, 1}).show_if(b.is("told-apart", 0));
    b.multi("checklist", "c", {1, 1}); // equal points are normal in a checklist
    const std::vector<Diagnostic> warnings = lint(b.build());
    CHECK(pointers(warnings) == std::vector<std::string>{"/questions/0/options/1"});
    CHECK_THAT(warnings[0].message,
               ContainsSubstring("option 'b' of question 'same' cannot be told apart from "
                                 "option 'a': both are worth 1 points"));
    CHECK(warnings[0].code == DiagnosticCode::LintOptionsAlike);
}

TEST_CASE("a fix that names one option tells it apart from its equal", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("q", "c", {0, 0, 3});
    b.recommendation("r", std::nullopt, std::make_pair(std::string("q"), std::vector<int>{1}));
    CHECK(lint(b.build()).empty());
}

TEST_CASE("lint warns about a recommendation whose when can never hold", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("x", "c", {0, 1, 2});
    b.recommendation("never", all({b.is("x", 0), b.in("x", {1, 2})}), std::nullopt);
    b.recommendation("sometimes", b.in("x", {1, 2}), std::nullopt);
    const std::vector<Diagnostic> warnings = lint(b.build());
    CHECK(pointers(warnings) == std::vector<std::string>{"/recommendations/0/when"});
    CHECK_THAT(warnings[0].message, ContainsSubstring("recommendation 'never' can never apply"));
    CHECK(warnings[0].code == DiagnosticCode::LintNeverApplies);
}

TEST_CASE("lint warns about a fix on a question that can never be shown", "[analysis]") {
    QuizBuilder b;
    b.category("c");
    b.single("x", "c", {0, 1});
    b.single("never", "c", {0, 1}).show_if(all({b.is("x", 0), b.is("x", 1)}));
    b.recommendation("r", std::nullopt, std::make_pair(std::string("never"), std::vector<int>{0}));
    const std::vector<Diagnostic> warnings = lint(b.build());
    CHECK(pointers(warnings) ==
          std::vector<std::string>{"/questions/1/show_if", "/recommendations/0/fix"});
    CHECK(warnings.at(1).code == DiagnosticCode::LintFixNeverShown);
}

TEST_CASE("lint warns about categories that can never score above 0", "[analysis]") {
    QuizBuilder b;
    b.category("zero").category("empty").category("hidden").category("real");
    b.single("z", "zero", {0});
    b.single("x", "real", {0, 1});
    b.single("h", "hidden", {0, 5}).show_if(all({b.is("x", 0), b.is("x", 1)}));
    const std::vector<Diagnostic> warnings = lint(b.build());
    CHECK(pointers(warnings) == std::vector<std::string>{"/questions/2/show_if", "/categories/0",
                                                         "/categories/1", "/categories/2"});
    CHECK_THAT(warnings[1].message, ContainsSubstring("category 'zero' can never score above 0"));
    CHECK_THAT(warnings[2].message, ContainsSubstring("category 'empty' has no questions"));
    CHECK(warnings[1].code == DiagnosticCode::LintCategoryNeverScores);
    CHECK(warnings[2].code == DiagnosticCode::LintCategoryEmpty);
}

TEST_CASE("lint warns about a source without the quote that supports its text", "[analysis]") {
    QuizBuilder b;
    b.category("c").single("x", "c", {0, 1});
    b.recommendation("r", std::nullopt, std::nullopt);
    Quiz quiz = b.build();
    quiz.questions[0].sources.push_back(Source{"Report", "https://example.org/report", "", "", ""});
    quiz.recommendations[0].sources.push_back(
        Source{"Guide", "https://example.org/guide", "Turn it on.", "en", "2026-12-06"});
    const std::vector<Diagnostic> warnings = lint(quiz);
    REQUIRE(pointers(warnings) == std::vector<std::string>{"/questions/0/sources/0"});
    CHECK(warnings[0].code == DiagnosticCode::LintSourceWithoutQuote);
    CHECK_THAT(warnings[0].message, ContainsSubstring("source 'Report' has no quote"));
}

// ---- stats ---------------------------------------------------------------------------------

TEST_CASE("stats counts the parts of a quiz", "[analysis]") {
    const QuizStats s = stats(small_quiz());
    CHECK(s.questions == 4);
    CHECK(s.single_questions == 3);
    CHECK(s.multi_questions == 1);
    CHECK(s.conditional_questions == 1);
    CHECK(s.skippable_questions == 1);
    CHECK(s.categories == 2);
    CHECK(s.bands == 3);
    CHECK(s.recommendations == 3);
}

TEST_CASE("stats finds the exact score range of a small quiz", "[analysis]") {
    const Quiz quiz = small_quiz();
    const QuizStats s = stats(quiz);
    CHECK(s.exact);
    CHECK(s.min_score == 0);
    CHECK(s.max_score == 100);
    CHECK(s.examined > 0);
    CHECK(overall_score(quiz, s.min_answers) == s.min_score);
    CHECK(overall_score(quiz, s.max_answers) == s.max_score);
    CHECK(complete_and_valid(quiz, s.min_answers));
    CHECK(complete_and_valid(quiz, s.max_answers));
}

TEST_CASE("stats accounts for skips and exclusive options in the range", "[analysis]") {
    // Nothing reaches 0 or 100: b must be answered, its max is 4 (all options, the exclusive
    // one included) and its lowest answers score 1; a may be skipped, and at best scores 4 of 4.
    QuizBuilder b;
    b.category("c");
    b.single("a", "c", {1, 4}).skippable();
    b.multi("b", "c", {2, 1, 1}).exclusive(2);
    const Quiz quiz = b.build();
    const QuizStats s = stats(quiz);
    const BruteForce brute(quiz);
    CHECK(s.exact);
    CHECK_THAT(s.min_score, WithinAbs(brute.low, 1e-12));
    CHECK_THAT(s.max_score, WithinAbs(brute.high, 1e-12));
    CHECK_THAT(s.min_score, WithinAbs(25.0, 1e-12));        // skip a, b = {b}: 1 of 4
    CHECK_THAT(s.max_score, WithinAbs(700.0 / 8.0, 1e-12)); // a = 4 of 4, b = {a, b}: 3 of 4
}

TEST_CASE("stats agrees with brute force on random small quizzes", "[analysis]") {
    const auto seed = GENERATE(take(100, random(0u, 0x7fffffffu)));
    CAPTURE(seed);
    const Quiz quiz = random_small_quiz(seed);
    const BruteForce brute(quiz);
    const QuizStats exact = stats(quiz);
    CHECK(exact.exact);
    CHECK_THAT(exact.min_score, WithinAbs(brute.low, 1e-9));
    CHECK_THAT(exact.max_score, WithinAbs(brute.high, 1e-9));
    CHECK(complete_and_valid(quiz, exact.min_answers));
    CHECK(complete_and_valid(quiz, exact.max_answers));
    CHECK(overall_score(quiz, exact.min_answers) == exact.min_score);
}

TEST_CASE("the search used beyond the exact limit stays within the true range", "[analysis]") {
    const auto seed = GENERATE(take(50, random(0u, 0x7fffffffu)));
    CAPTURE(seed);
    const Quiz quiz = random_small_quiz(seed);
    const BruteForce brute(quiz);
    StatsOptions options;
    options.exact_limit = 0; // force the search
    const QuizStats searched = stats(quiz, options);
    const bool has_structure = std::any_of(quiz.questions.begin(), quiz.questions.end(),
                                           [](const Question& q) { return q.show_if.has_value(); });
    CHECK(searched.exact == !has_structure);
    CHECK(searched.min_score >= brute.low - 1e-9);
    CHECK(searched.max_score <= brute.high + 1e-9);
    CHECK(overall_score(quiz, searched.max_answers) == searched.max_score);
    CHECK(complete_and_valid(quiz, searched.min_answers));
    // On quizzes this small, the search finds the true extremes.
    CHECK_THAT(searched.min_score, WithinAbs(brute.low, 1e-9));
    CHECK_THAT(searched.max_score, WithinAbs(brute.high, 1e-9));
}

TEST_CASE("stats of a 25-question quiz is exact and quick", "[analysis]") {
    QuizBuilder b("big");
    b.category("a", 2).category("b", 1);
    for (int q = 0; q < 25; ++q) {
        const std::string id = "q" + std::to_string(q);
        if (q % 5 == 4) {
            b.multi(id, q % 2 == 0 ? "a" : "b", {1, 2, 1, 1, 3, 0}, 5.0).exclusive(5);
        } else {
            b.single(id, q % 2 == 0 ? "a" : "b", {0, 1, 2, 3}).skippable();
        }
        if (q % 6 == 5) {
            b.show_if(b.in("q" + std::to_string(q - 1), {1, 2}));
        }
    }
    const Quiz quiz = b.build();
    const QuizStats s = stats(quiz);
    CHECK(s.exact);
    CHECK(s.min_score == 0);
    CHECK(s.max_score == 100);
    CHECK(s.examined < 100000);
}

TEST_CASE("lint proves a condition impossible even at the end of a long show_if chain",
          "[analysis]") {
    // 40 chained multi questions: far too many combinations to enumerate, but the `when`
    // below cannot hold whatever is visible.
    QuizBuilder b;
    b.category("c");
    for (int q = 0; q < 40; ++q) {
        b.multi("q" + std::to_string(q), "c", {1, 2, 3, 1, 0});
        if (q > 0) {
            b.show_if(not_(b.is("q" + std::to_string(q - 1), 3)));
        }
    }
    b.recommendation("never", all({b.is("q39", 0), b.has("q39", 1)}), std::nullopt);
    b.recommendation("maybe", b.has("q39", 1), std::nullopt);
    const Quiz quiz = b.build();
    CHECK(pointers(lint(quiz)) == std::vector<std::string>{"/recommendations/0/when"});
    const QuizStats s = stats(quiz);
    CHECK_FALSE(s.exact);
    CHECK(s.min_score == 0);
    CHECK(s.max_score == 100);
}

namespace {

// Every answer each question can have, unanswered included (for conditions, skipped is the same),
// and how many answer sets they make together.
struct AnswerSpace {
    std::vector<std::vector<Answer>> choices;
    double size = 1;
};

AnswerSpace answer_space(const Quiz& quiz) {
    AnswerSpace space;
    for (const Question& question : quiz.questions) {
        std::vector<Answer> list{unanswered()};
        const int n = static_cast<int>(question.options.size());
        for (int mask = 1; mask < (1 << n); ++mask) {
            std::vector<int> options;
            for (int o = 0; o < n; ++o) {
                if ((mask >> o & 1) != 0)
                    options.push_back(o);
            }
            if (question.kind == QuestionKind::Single && options.size() > 1)
                continue;
            list.push_back(chosen(options));
        }
        space.size *= static_cast<double>(list.size());
        space.choices.push_back(std::move(list));
    }
    return space;
}

} // namespace

TEST_CASE("lint's never-shown warnings agree with brute force on random small quizzes",
          "[analysis]") {
    const auto seed = GENERATE(take(60, random(0u, 0x7fffffffu)));
    // A few random quizzes have too many answer sets to enumerate here: the next seeds give one
    // that has few enough, so every case is checked.
    constexpr double kLimit = 200000;
    Quiz quiz = random_small_quiz(seed);
    unsigned used = seed;
    while (answer_space(quiz).size > kLimit && used - seed < 100)
        quiz = random_small_quiz(++used);
    CAPTURE(seed, used);
    const AnswerSpace space = answer_space(quiz);
    REQUIRE(space.size <= kLimit);
    const std::vector<std::vector<Answer>>& choices = space.choices;
    std::vector<char> shown(quiz.questions.size(), 0);
    Answers answers(quiz.questions.size());
    auto walk = [&](auto&& self, std::size_t q) -> void {
        if (q == quiz.questions.size()) {
            for (int v : visible_questions(quiz, answers))
                shown[static_cast<std::size_t>(v)] = 1;
            return;
        }
        for (const Answer& a : choices[q]) {
            answers[q] = a;
            self(self, q + 1);
        }
    };
    walk(walk, 0);
    std::vector<std::string> expected;
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (!shown[q])
            expected.push_back("/questions/" + std::to_string(q) + "/show_if");
    }
    std::vector<std::string> warned;
    for (const std::string& pointer : pointers(lint(quiz))) {
        if (pointer.find("/show_if") != std::string::npos)
            warned.push_back(pointer);
    }
    CHECK(warned == expected);
}
