// What the fuzz targets share: failing loudly, the fixed quiz that fuzz_answers and fuzz_share
// decode against, a well-formedness check for Answers, and random valid answers.
//
// The fixed quiz is the real content (EXPOSURE_FUZZ_QUIZ, content/wechat.en.json by default,
// read once at startup) so the fuzzers see real ids and sizes; when that file is missing or
// does not load, a small quiz built in here stands in, so the targets always run.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/loader.hpp"
#include "exposure/quiz.hpp"
#include "exposure/session.hpp"

#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#ifndef EXPOSURE_FUZZ_QUIZ
#define EXPOSURE_FUZZ_QUIZ ""
#endif

namespace fuzz {

// Prints "TARGET: invariant broken: ..." and aborts: libFuzzer saves the input as a crash.
[[noreturn]] __attribute__((format(printf, 1, 2))) inline void fail(const char* format, ...) {
    std::fprintf(stderr, "invariant broken: ");
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fprintf(stderr, "\n");
    std::abort();
}

inline std::string describe(const exposure::Answer& answer) {
    switch (answer.state) {
    case exposure::Answer::State::Unanswered:
        return "unanswered";
    case exposure::Answer::State::Skipped:
        return "skipped";
    case exposure::Answer::State::Chosen:
        break;
    }
    std::string text = "{";
    for (int option : answer.options) {
        text += (text.size() > 1 ? "," : "") + std::to_string(option);
    }
    return text + "}";
}

// The shape every Answers value the engine hands out must have (session.cpp's invariants): one
// slot per question; Chosen options sorted, distinct and in range, exactly one for single and
// at least one for multi, an exclusive option alone; Skipped only where the content allows it.
inline void check_well_formed(const exposure::Quiz& quiz, const exposure::Answers& answers,
                              const char* where) {
    using State = exposure::Answer::State;
    if (answers.size() != quiz.questions.size()) {
        fail("%s: %zu answers for %zu questions", where, answers.size(), quiz.questions.size());
    }
    for (std::size_t q = 0; q < answers.size(); ++q) {
        const exposure::Answer& answer = answers[q];
        const exposure::Question& question = quiz.questions[q];
        const std::string text = describe(answer);
        if (answer.state == State::Skipped && !question.skippable) {
            fail("%s: %s is skipped but not skippable", where, question.id.c_str());
        }
        if (answer.state != State::Chosen) {
            if (!answer.options.empty()) {
                fail("%s: %s is %s but carries options", where, question.id.c_str(), text.c_str());
            }
            continue;
        }
        const auto& options = answer.options;
        if (options.empty()) {
            fail("%s: %s is chosen with no option", where, question.id.c_str());
        }
        if (question.kind == exposure::QuestionKind::Single && options.size() != 1) {
            fail("%s: single question %s answered %s", where, question.id.c_str(), text.c_str());
        }
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (options[i] < 0 || static_cast<std::size_t>(options[i]) >= question.options.size()) {
                fail("%s: %s has an option out of range: %s", where, question.id.c_str(),
                     text.c_str());
            }
            if (i > 0 && options[i - 1] >= options[i]) {
                fail("%s: %s options not sorted and distinct: %s", where, question.id.c_str(),
                     text.c_str());
            }
            if (question.options[static_cast<std::size_t>(options[i])].exclusive &&
                options.size() > 1) {
                fail("%s: %s has an exclusive option among others: %s", where, question.id.c_str(),
                     text.c_str());
            }
        }
    }
}

// Answers a reader could produce: a few random clicks per question through a Session.
inline exposure::Answers random_answers(const exposure::Quiz& quiz, std::mt19937& random) {
    exposure::Session session(quiz);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const int question = static_cast<int>(q);
        const int options = static_cast<int>(quiz.questions[q].options.size());
        const unsigned action = random() % 8;
        if (action == 0) {
            continue; // unanswered
        }
        if (action == 1) {
            session.skip(question); // ignored when not skippable
            continue;
        }
        for (unsigned clicks = 1 + random() % 3; clicks > 0; --clicks) {
            session.choose(question, static_cast<int>(random() % static_cast<unsigned>(options)));
        }
    }
    return session.answers();
}

// With EXPOSURE_FUZZ_WRITE_SEEDS=DIR in the environment, writes `count` seeds made by `make`
// (from a fixed random sequence) to DIR/seed-N and exits: how the committed seeds of
// fuzz_answers and fuzz_share were made (tests/fuzz/README.md).
template <typename MakeSeed>
void write_seeds_if_asked(int count, MakeSeed make) {
    const char* dir = std::getenv("EXPOSURE_FUZZ_WRITE_SEEDS");
    if (dir == nullptr) {
        return;
    }
    std::mt19937 random(20261126);
    for (int i = 0; i < count; ++i) {
        const std::string path = std::string(dir) + "/seed-" + std::to_string(i);
        std::ofstream(path, std::ios::binary) << make(random);
    }
    std::fprintf(stderr, "wrote %d seeds to %s\n", count, dir);
    std::exit(0);
}

// [SECTION] The fixed quiz

// Small, but with every feature the answers and share formats have to carry: single and multi
// questions, an exclusive option, a cap, a skippable question and a show_if.
inline constexpr const char* kBuiltInQuiz = R"json({
  "schema": 1, "id": "fuzz", "version": "1", "locale": "en",
  "title": "Built-in fuzz quiz", "intro": "Stands in when content/wechat.en.json is missing.",
  "categories": [
    {"id": "a", "title": "A", "description": "First", "weight": 2},
    {"id": "b", "title": "B", "description": "Second", "weight": 1}
  ],
  "questions": [
    {"id": "single", "category": "a", "kind": "single", "prompt": "One?", "help": "Why",
     "sources": [{"title": "S", "url": "https://example.org/"}],
     "options": [{"id": "yes", "label": "Yes", "points": 10},
                 {"id": "no", "label": "No", "points": 0},
                 {"id": "maybe", "label": "Maybe", "points": 5}]},
    {"id": "multi", "category": "a", "kind": "multi", "prompt": "Which?", "help": "Why",
     "sources": [{"title": "S", "url": "https://example.org/"}], "cap": 6,
     "options": [{"id": "x", "label": "X", "points": 4},
                 {"id": "y", "label": "Y", "points": 3},
                 {"id": "z", "label": "Z", "points": 2},
                 {"id": "none", "label": "None of these", "points": 0, "exclusive": true}]},
    {"id": "private", "category": "b", "kind": "single", "prompt": "Private?", "help": "Why",
     "sources": [{"title": "S", "url": "https://example.org/"}], "skippable": true,
     "options": [{"id": "lo", "label": "Low", "points": 1},
                 {"id": "hi", "label": "High", "points": 7}]},
    {"id": "follow", "category": "b", "kind": "single", "prompt": "Then?", "help": "Why",
     "sources": [{"title": "S", "url": "https://example.org/"}],
     "show_if": {"q": "single", "in": ["yes", "maybe"]},
     "options": [{"id": "a1", "label": "A", "points": 3},
                 {"id": "a2", "label": "B", "points": 0}]}
  ],
  "bands": [
    {"id": "low", "max": 40, "title": "Low", "summary": "Low"},
    {"id": "high", "max": 100, "title": "High", "summary": "High"}
  ],
  "recommendations": [
    {"id": "say_no", "title": "Say no", "body": "Do it", "fix": {"q": "single", "answer": "no"},
     "sources": [{"title": "S", "url": "https://example.org/"}]},
    {"id": "none", "title": "None", "body": "Do it", "when": {"q": "multi", "has": "x"},
     "fix": {"q": "multi", "answer": ["none"]},
     "sources": [{"title": "S", "url": "https://example.org/"}]},
    {"id": "general", "title": "General", "body": "Always",
     "sources": [{"title": "S", "url": "https://example.org/"}]}
  ]
})json";

inline exposure::Quiz load_fixed_quiz() {
    const std::string path = EXPOSURE_FUZZ_QUIZ;
    if (!path.empty()) {
        std::ifstream file(path, std::ios::binary);
        if (file) {
            std::ostringstream text;
            text << file.rdbuf();
            auto outcome = exposure::load_quiz(text.str());
            if (outcome.ok()) {
                std::fprintf(stderr, "fixed quiz: %s (%zu questions)\n", path.c_str(),
                             outcome.value->questions.size());
                return std::move(*outcome.value);
            }
            std::fprintf(stderr, "fixed quiz: %s does not load (%s); using the built-in one\n",
                         path.c_str(),
                         exposure::format_diagnostic(path, outcome.diagnostics.at(0)).c_str());
        } else {
            std::fprintf(stderr, "fixed quiz: %s not found; using the built-in one\n",
                         path.c_str());
        }
    }
    auto outcome = exposure::load_quiz(kBuiltInQuiz);
    if (!outcome.ok()) {
        for (const auto& diagnostic : outcome.diagnostics) {
            std::fprintf(stderr, "%s\n",
                         exposure::format_diagnostic("built-in quiz", diagnostic).c_str());
        }
        fail("the built-in fuzz quiz (tests/fuzz/fuzz_support.hpp) no longer loads: update it");
    }
    return std::move(*outcome.value);
}

// Loaded on first use and kept for the whole run.
inline const exposure::Quiz& fixed_quiz() {
    static const exposure::Quiz quiz = load_fixed_quiz();
    return quiz;
}

} // namespace fuzz
