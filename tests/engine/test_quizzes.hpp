// Quizzes built in code for the scoring, session, share, report, property and analysis tests.
//
// Quiz is plain data, so these tests do not depend on the loader. QuizBuilder names things by
// id the way content does and resolves ids to indices itself (it does not call the engine's
// find_* helpers). Options get ids "a", "b", "c", ... in order.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace testq {

using exposure::Answer;
using exposure::Answers;
using exposure::Condition;
using exposure::Quiz;

inline std::string option_id(int index) {
    return std::string(1, static_cast<char>('a' + index));
}

class QuizBuilder {
public:
    explicit QuizBuilder(std::string id = "test") {
        quiz_.id = std::move(id);
        quiz_.version = "1";
        quiz_.locale = "en";
        quiz_.title = "Test quiz";
        quiz_.content_hash = 0x12345678u;
    }

    QuizBuilder& category(const std::string& id, double weight = 1) {
        exposure::Category c;
        c.id = id;
        c.title = "Category " + id;
        c.weight = weight;
        quiz_.categories.push_back(c);
        return *this;
    }

    // A single question in `category` with options "a", "b", ... worth `points`.
    QuizBuilder& single(const std::string& id, const std::string& category,
                        std::vector<double> points) {
        return question(id, category, exposure::QuestionKind::Single, std::move(points));
    }

    QuizBuilder& multi(const std::string& id, const std::string& category,
                       std::vector<double> points, std::optional<double> cap = std::nullopt) {
        question(id, category, exposure::QuestionKind::Multi, std::move(points));
        quiz_.questions.back().cap = cap;
        return *this;
    }

    // Modifiers of the last question added.
    QuizBuilder& exclusive(int option) {
        quiz_.questions.back().options[static_cast<std::size_t>(option)].exclusive = true;
        return *this;
    }
    QuizBuilder& skippable() {
        quiz_.questions.back().skippable = true;
        return *this;
    }
    QuizBuilder& show_if(Condition condition) {
        quiz_.questions.back().show_if = std::move(condition);
        return *this;
    }

    QuizBuilder& band(const std::string& id, double max) {
        exposure::Band b;
        b.id = id;
        b.max = max;
        b.title = "Band " + id;
        quiz_.bands.push_back(b);
        return *this;
    }

    QuizBuilder& recommendation(const std::string& id, std::optional<Condition> when,
                                std::optional<std::pair<std::string, std::vector<int>>> fix) {
        exposure::Recommendation r;
        r.id = id;
        r.title = "Do " + id;
        r.when = std::move(when);
        if (fix) {
            r.fix = exposure::Fix{q(fix->first), fix->second};
        }
        quiz_.recommendations.push_back(std::move(r));
        return *this;
    }

    int q(const std::string& id) const {
        for (std::size_t i = 0; i < quiz_.questions.size(); ++i) {
            if (quiz_.questions[i].id == id) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    // Conditions on questions already added.
    Condition is(const std::string& question, int option) const {
        return leaf(Condition::Kind::Is, question, {option});
    }
    Condition in(const std::string& question, std::vector<int> options) const {
        return leaf(Condition::Kind::In, question, std::move(options));
    }
    Condition has(const std::string& question, int option) const {
        return leaf(Condition::Kind::Has, question, {option});
    }

    Quiz build() const {
        Quiz quiz = quiz_;
        if (quiz.bands.empty()) {
            exposure::Band low{"low", 33, "Low", ""};
            exposure::Band mid{"mid", 66, "Medium", ""};
            exposure::Band high{"high", 100, "High", ""};
            quiz.bands = {low, mid, high};
        }
        for (exposure::Question& question : quiz.questions) {
            double max = 0;
            double sum = 0;
            for (const exposure::Option& option : question.options) {
                max = std::max(max, option.points);
                sum += option.points;
            }
            question.max_points = question.kind == exposure::QuestionKind::Single ? max : sum;
            if (question.kind == exposure::QuestionKind::Multi && question.cap) {
                question.max_points = std::min(*question.cap, sum);
            }
        }
        return quiz;
    }

private:
    QuizBuilder& question(const std::string& id, const std::string& category,
                          exposure::QuestionKind kind, std::vector<double> points) {
        exposure::Question question;
        question.id = id;
        question.kind = kind;
        question.prompt = "Question " + id + "?";
        question.help = "Why " + id + " matters.";
        for (std::size_t c = 0; c < quiz_.categories.size(); ++c) {
            if (quiz_.categories[c].id == category) {
                question.category = static_cast<int>(c);
            }
        }
        for (std::size_t o = 0; o < points.size(); ++o) {
            exposure::Option option;
            option.id = option_id(static_cast<int>(o));
            option.label = "Option " + option.id;
            option.points = points[o];
            question.options.push_back(option);
        }
        quiz_.questions.push_back(std::move(question));
        return *this;
    }

    Condition leaf(Condition::Kind kind, const std::string& question,
                   std::vector<int> options) const {
        Condition c;
        c.kind = kind;
        c.question = q(question);
        c.options = std::move(options);
        return c;
    }

    Quiz quiz_;
};

inline Condition all(std::vector<Condition> children) {
    Condition c;
    c.kind = Condition::Kind::All;
    c.children = std::move(children);
    return c;
}
inline Condition any(std::vector<Condition> children) {
    Condition c;
    c.kind = Condition::Kind::Any;
    c.children = std::move(children);
    return c;
}
inline Condition not_(Condition child) {
    Condition c;
    c.kind = Condition::Kind::Not;
    c.children.push_back(std::move(child));
    return c;
}

// Answers built by hand: chosen({1}), chosen({0, 2}), skipped(), unanswered().
inline Answer chosen(std::vector<int> options) {
    std::sort(options.begin(), options.end());
    return Answer{Answer::State::Chosen, std::move(options)};
}
inline Answer skipped() {
    return Answer{Answer::State::Skipped, {}};
}
inline Answer unanswered() {
    return Answer{};
}

inline Answers none(const Quiz& quiz) {
    return Answers(quiz.questions.size());
}

// A small quiz shaped like the real one: two categories of different weight, a skippable
// single, a capped multi with an exclusive "none", and a follow-up shown only for one answer.
//   0 account  (single, cat "acct", w 2): a=0 b=1 c=3           skippable
//   1 features (multi,  cat "data", w 1): a=2 b=2 c=1 d=0(excl) cap 4
//   2 backup   (single, cat "data"):      a=0 b=2               shown if features has a
//   3 pin      (single, cat "acct"):      a=0 b=2
inline Quiz small_quiz() {
    QuizBuilder b("small");
    b.category("acct", 2).category("data", 1);
    b.single("account", "acct", {0, 1, 3}).skippable();
    b.multi("features", "data", {2, 2, 1, 0}, 4.0).exclusive(3);
    b.single("backup", "data", {0, 2}).show_if(b.has("features", 0));
    b.single("pin", "acct", {0, 2});
    b.band("low", 25).band("mid", 60).band("high", 100);
    b.recommendation("use-pin", b.is("pin", 1),
                     std::make_pair(std::string("pin"), std::vector<int>{0}));
    b.recommendation("read-more", std::nullopt, std::nullopt);
    b.recommendation("drop-features", std::nullopt,
                     std::make_pair(std::string("features"), std::vector<int>{3}));
    return b.build();
}

} // namespace testq
