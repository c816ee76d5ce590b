// Session: one reader's answers and the rules for changing them (see session.hpp).
//
// Invariants kept by every mutator, so Answers from a Session always encode in a share code:
// - a Chosen answer has sorted, distinct, in-range option indices;
// - a single answer has exactly one option; a multi answer has at least one;
// - an exclusive option of a multi question is alone in its answer (toggle_option, quiz.hpp);
// - only skippable questions are Skipped.
#include "exposure/session.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace exposure {

Session::Session(const Quiz& quiz) : quiz_(&quiz), answers_(quiz.questions.size()) {}

Session::Session(const Quiz& quiz, Answers answers) : quiz_(&quiz), answers_(std::move(answers)) {
    answers_.resize(quiz.questions.size());
}

void Session::choose(int question, int option) {
    if (question < 0 || static_cast<std::size_t>(question) >= answers_.size()) {
        return;
    }
    const Question& q = quiz_->questions[static_cast<std::size_t>(question)];
    if (option < 0 || static_cast<std::size_t>(option) >= q.options.size()) {
        return;
    }
    Answer& answer = answers_[static_cast<std::size_t>(question)];
    if (q.kind == QuestionKind::Single) {
        answer = Answer{Answer::State::Chosen, {option}};
        return;
    }
    if (answer.state != Answer::State::Chosen) {
        answer = Answer{Answer::State::Chosen, {option}};
        return;
    }
    std::vector<int> options = toggle_option(q, answer.options, option);
    answer = options.empty() ? Answer{} : Answer{Answer::State::Chosen, std::move(options)};
}

void Session::skip(int question) {
    if (question < 0 || static_cast<std::size_t>(question) >= answers_.size() ||
        !quiz_->questions[static_cast<std::size_t>(question)].skippable) {
        return;
    }
    answers_[static_cast<std::size_t>(question)] = Answer{Answer::State::Skipped, {}};
}

void Session::clear(int question) {
    if (question >= 0 && static_cast<std::size_t>(question) < answers_.size()) {
        answers_[static_cast<std::size_t>(question)] = Answer{};
    }
}

void Session::reset() {
    answers_.assign(quiz_->questions.size(), Answer{});
}

bool Session::is_answered(int question) const {
    return question >= 0 && static_cast<std::size_t>(question) < answers_.size() &&
           answers_[static_cast<std::size_t>(question)].state != Answer::State::Unanswered;
}

bool Session::is_visible(int question) const {
    return exposure::is_visible(*quiz_, answers_, question);
}

std::vector<int> Session::visible_questions() const {
    return exposure::visible_questions(*quiz_, answers_);
}

Progress Session::progress(int question) const {
    Progress result;
    for (int q : visible_questions()) {
        ++result.visible;
        if (is_answered(q)) {
            ++result.answered;
        }
        if (q == question) {
            result.position = result.visible;
        }
    }
    return result;
}

bool Session::is_complete() const {
    for (int q : visible_questions()) {
        if (!is_answered(q)) {
            return false;
        }
    }
    return true;
}

int Session::next_visible(int question) const {
    for (int q : visible_questions()) {
        if (q > question) {
            return q;
        }
    }
    return -1;
}

int Session::previous_visible(int question) const {
    int result = -1;
    for (int q : visible_questions()) {
        if (q >= question) {
            break;
        }
        result = q;
    }
    return result;
}

Report Session::report() const {
    return exposure::score(*quiz_, answers_);
}

} // namespace exposure
