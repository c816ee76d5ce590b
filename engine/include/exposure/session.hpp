// A Session is one reader taking one quiz: the answers plus the rules for changing them
// (docs/scoring.md, "Answers" and "The exclusive rule").
//
// The UI calls these on clicks and reads everything it draws from here; it never edits Answers
// itself, so "exclusive" options and skips behave the same in the page, the CLI and the tests.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"
#include "exposure/scoring.hpp"

#include <vector>

namespace exposure {

struct Progress {
    int position = 0; // 1-based position of a question among the visible ones (0 if hidden)
    int visible = 0;  // visible questions now
    int answered = 0; // visible questions answered or skipped
};

class Session {
public:
    explicit Session(const Quiz& quiz);
    Session(const Quiz& quiz, Answers answers);

    const Quiz& quiz() const { return *quiz_; }
    const Answers& answers() const { return answers_; }
    const Answer& answer(int question) const { return answers_[question]; }

    // Single: selects the option. Multi: toggles it; an exclusive option clears the others and
    // is cleared by them. Out-of-range indices are ignored.
    void choose(int question, int option);
    void skip(int question); // ignored unless the question is skippable
    void clear(int question);
    void reset();

    bool is_answered(int question) const; // answered or skipped
    bool is_visible(int question) const;
    std::vector<int> visible_questions() const;
    Progress progress(int question) const;
    bool is_complete() const; // every visible question answered or skipped

    // Navigation over visible questions: the next / previous visible one, or -1.
    int next_visible(int question) const;
    int previous_visible(int question) const;

    Report report() const;

private:
    const Quiz* quiz_;
    Answers answers_;
};

} // namespace exposure
