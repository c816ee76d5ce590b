// fuzz_loader: arbitrary bytes as quiz content.
//
// load_quiz() promises (loader.hpp) never to throw or abort on malformed, hostile or oversized
// text: it must return either a Quiz or at least one diagnostic. This target feeds it anything
// libFuzzer comes up with, seeded with the real content files and some broken ones, under ASan
// and UBSan, and checks that promise:
//   - failure always comes with a diagnostic, and every diagnostic formats to a non-empty line;
//   - diagnostic positions are sane (line/column >= 0, pointers empty or starting with '/');
//   - a loaded quiz is internally consistent: every index the loader resolved is in range, so
//     the rest of the engine can trust it without checking.
#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"
#include "exposure/quiz.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_loader: invariant broken: %s\n", what);
        std::abort();
    }
}

bool in_range(int index, std::size_t size) {
    return index >= 0 && static_cast<std::size_t>(index) < size;
}

void check_condition(const exposure::Quiz& quiz, const exposure::Condition& condition, int depth) {
    using Kind = exposure::Condition::Kind;
    require(depth <= exposure::LoadLimits{}.max_condition_depth + 1,
            "condition deeper than the limit");
    switch (condition.kind) {
    case Kind::Is:
    case Kind::In:
    case Kind::Has: {
        require(in_range(condition.question, quiz.questions.size()),
                "condition names a question out of range");
        const auto& options = quiz.questions[condition.question].options;
        require(!condition.options.empty(), "leaf condition without options");
        for (int option : condition.options) {
            require(in_range(option, options.size()), "condition option out of range");
        }
        break;
    }
    case Kind::Not:
        require(condition.children.size() == 1, "'not' without exactly one child");
        [[fallthrough]];
    case Kind::All:
    case Kind::Any:
        for (const auto& child : condition.children) {
            check_condition(quiz, child, depth + 1);
        }
        break;
    }
}

void check_quiz(const exposure::Quiz& quiz) {
    require(!quiz.categories.empty(), "a quiz without categories loaded");
    require(!quiz.bands.empty(), "a quiz without bands loaded");
    require(quiz.bands.back().max == 100, "the last band's max is not 100");
    for (const auto& category : quiz.categories) {
        require(category.weight > 0, "category weight not positive");
    }
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const auto& question = quiz.questions[q];
        require(in_range(question.category, quiz.categories.size()),
                "question category out of range");
        require(!question.options.empty(), "question without options");
        double largest = 0, sum = 0;
        for (const auto& option : question.options) {
            require(option.points >= 0, "negative option points");
            largest = std::max(largest, option.points);
            sum += option.points;
        }
        // max(q) as the scoring rules define it.
        const bool single = question.kind == exposure::QuestionKind::Single;
        require(!single || !question.cap, "a single question with a cap");
        require(!question.cap || *question.cap > 0, "a cap that is not positive");
        const double expected_max = single         ? largest
                                    : question.cap ? std::min(*question.cap, sum)
                                                   : sum;
        require(question.max_points == expected_max, "max_points is not max(q) of the scoring rules");
        require(quiz.find_question(question.id) == static_cast<int>(q),
                "question ids are not unique");
        if (question.show_if) {
            check_condition(quiz, *question.show_if, 0);
        }
    }
    for (const auto& recommendation : quiz.recommendations) {
        if (recommendation.when) {
            check_condition(quiz, *recommendation.when, 0);
        }
        if (recommendation.fix) {
            require(in_range(recommendation.fix->question, quiz.questions.size()),
                    "fix question out of range");
            const auto& question = quiz.questions[recommendation.fix->question];
            for (int option : recommendation.fix->options) {
                require(in_range(option, question.options.size()), "fix option out of range");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto outcome = exposure::load_quiz(text);

    require(outcome.ok() || !outcome.diagnostics.empty(), "load_quiz failed without a diagnostic");
    for (const auto& diagnostic : outcome.diagnostics) {
        require(diagnostic.line >= 0 && diagnostic.column >= 0, "negative line or column");
        require(diagnostic.pointer.empty() || diagnostic.pointer.front() == '/',
                "pointer does not start with '/'");
        require(!diagnostic.message.empty(), "empty diagnostic message");
        require(!exposure::format_diagnostic("fuzz.json", diagnostic).empty(),
                "empty formatted diagnostic");
        require(!exposure::format_diagnostic("", diagnostic).empty(),
                "empty formatted diagnostic without a file");
    }
    if (outcome.ok()) {
        check_quiz(*outcome.value);
    }
    return 0;
}
