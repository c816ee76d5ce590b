// Properties over random quizzes and random answers, checked against a reference model.
//
// The reference below is a second, deliberately plain implementation of the scoring
// model written from the text alone: it calls no engine helper (not even Question::max_points,
// which it recomputes). The engine must agree with it to 1e-9 on every generated case.
#include "test_quizzes.hpp"

#include "exposure/scoring.hpp"
#include "exposure/session.hpp"
#include "exposure/share.hpp"

#include <catch_amalgamated.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::WithinAbs;

namespace {

// ---- a random quiz and random answers -----------------------------------------------------

int pick(std::mt19937& random, int n) {
    return static_cast<int>(random() % static_cast<unsigned>(n));
}

Condition random_condition(std::mt19937& random, const Quiz& quiz, int before, int depth) {
    Condition c;
    const int roll = pick(random, depth > 1 ? 6 : 10);
    if (roll >= 3 || depth > 1) {
        const int q = pick(random, before);
        const int count =
            static_cast<int>(quiz.questions[static_cast<std::size_t>(q)].options.size());
        c.question = q;
        const int kind = pick(random, 3);
        c.kind = kind == 0   ? Condition::Kind::Is
                 : kind == 1 ? Condition::Kind::In
                             : Condition::Kind::Has;
        c.options = {pick(random, count)};
        if (c.kind == Condition::Kind::In && count > 1) {
            const int other = pick(random, count);
            if (other != c.options[0]) {
                c.options.push_back(other);
            }
        }
        return c;
    }
    c.kind = roll == 0   ? Condition::Kind::All
             : roll == 1 ? Condition::Kind::Any
                         : Condition::Kind::Not;
    const int children = c.kind == Condition::Kind::Not ? 1 : pick(random, 3) + 1;
    for (int i = 0; i < children; ++i) {
        c.children.push_back(random_condition(random, quiz, before, depth + 1));
    }
    return c;
}

Quiz random_quiz(std::mt19937& random) {
    QuizBuilder b("random");
    const int categories = pick(random, 3) + 1;
    for (int c = 0; c < categories; ++c) {
        b.category("c" + std::to_string(c), 0.5 + pick(random, 6));
    }
    const int questions = pick(random, 8) + 2;
    for (int q = 0; q < questions; ++q) {
        const std::string id = "q" + std::to_string(q);
        const std::string category = "c" + std::to_string(pick(random, categories));
        std::vector<double> points;
        const int options = pick(random, 4) + 1;
        for (int o = 0; o < options; ++o) {
            points.push_back(pick(random, 4) == 0 ? pick(random, 400) / 100.0 : pick(random, 4));
        }
        if (pick(random, 3) == 0) {
            std::optional<double> cap;
            if (pick(random, 2) == 0) {
                cap = static_cast<double>(pick(random, 5));
            }
            b.multi(id, category, points, cap);
            if (options > 1 && pick(random, 2) == 0) {
                b.exclusive(options - 1);
            }
        } else {
            b.single(id, category, points);
        }
        if (pick(random, 3) == 0) {
            b.skippable();
        }
        if (q > 0 && pick(random, 3) == 0) {
            const Quiz so_far = b.build();
            b.show_if(random_condition(random, so_far, q, 0));
        }
    }
    b.band("low", 30).band("mid", 70).band("high", 100);
    return b.build();
}

Answers random_answers(std::mt19937& random, const Quiz& quiz) {
    Session session(quiz);
    for (int q = 0; q < static_cast<int>(quiz.questions.size()); ++q) {
        const Question& question = quiz.questions[static_cast<std::size_t>(q)];
        const int roll = pick(random, 5);
        if (roll == 0) {
            continue; // unanswered
        }
        if (roll == 1 && question.skippable) {
            session.skip(q);
            continue;
        }
        const int clicks = question.kind == QuestionKind::Multi ? pick(random, 4) + 1 : 1;
        for (int i = 0; i < clicks; ++i) {
            session.choose(q, pick(random, static_cast<int>(question.options.size())));
        }
    }
    return session.answers();
}

// ---- the reference model ------------------------------------------------------------------

struct Reference {
    std::vector<bool> visible;
    std::vector<double> earned, possible;
    double score = 0;
    std::vector<double> contributions; // per answered visible question, content order
};

bool ref_holds(const Quiz& quiz, const Answers& answers, const std::vector<bool>& visible,
               const Condition& c) {
    if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any) {
        bool any_true = false, all_true = true;
        for (const Condition& child : c.children) {
            const bool h = ref_holds(quiz, answers, visible, child);
            any_true = any_true || h;
            all_true = all_true && h;
        }
        return c.kind == Condition::Kind::All ? all_true : any_true;
    }
    if (c.kind == Condition::Kind::Not) {
        return !ref_holds(quiz, answers, visible, c.children[0]);
    }
    const Answer& a = answers[static_cast<std::size_t>(c.question)];
    if (!visible[static_cast<std::size_t>(c.question)] || a.state != Answer::State::Chosen) {
        return false;
    }
    auto chosen_has = [&](int o) {
        for (int x : a.options) {
            if (x == o)
                return true;
        }
        return false;
    };
    if (c.kind == Condition::Kind::Is) {
        return a.options.size() == 1 && a.options[0] == c.options[0];
    }
    if (c.kind == Condition::Kind::Has) {
        return chosen_has(c.options[0]);
    }
    for (int o : c.options) {
        if (chosen_has(o))
            return true;
    }
    return false;
}

double ref_max(const Question& q) {
    double best = 0, sum = 0;
    for (const Option& o : q.options) {
        best = std::max(best, o.points);
        sum += o.points;
    }
    if (q.kind == QuestionKind::Single)
        return best;
    return q.cap ? std::min(*q.cap, sum) : sum;
}

Reference reference(const Quiz& quiz, const Answers& answers) {
    Reference r;
    const std::size_t n = quiz.questions.size();
    r.visible.assign(n, false);
    r.earned.assign(quiz.categories.size(), 0);
    r.possible.assign(quiz.categories.size(), 0);
    std::vector<double> points(n, 0);
    for (std::size_t q = 0; q < n; ++q) {
        const Question& question = quiz.questions[q];
        r.visible[q] = !question.show_if || ref_holds(quiz, answers, r.visible, *question.show_if);
        if (!r.visible[q] || answers[q].state != Answer::State::Chosen)
            continue;
        double sum = 0;
        for (int o : answers[q].options)
            sum += question.options[static_cast<std::size_t>(o)].points;
        points[q] = question.kind == QuestionKind::Single ? sum : std::min(ref_max(question), sum);
        r.earned[static_cast<std::size_t>(question.category)] += points[q];
        r.possible[static_cast<std::size_t>(question.category)] += ref_max(question);
    }
    double top = 0, weights = 0;
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        if (r.possible[c] == 0)
            continue;
        top += quiz.categories[c].weight * 100 * r.earned[c] / r.possible[c];
        weights += quiz.categories[c].weight;
    }
    r.score = weights == 0 ? 0 : top / weights;
    for (std::size_t q = 0; q < n; ++q) {
        if (!r.visible[q] || answers[q].state != Answer::State::Chosen)
            continue;
        const auto c = static_cast<std::size_t>(quiz.questions[q].category);
        r.contributions.push_back(r.possible[c] == 0 ? 0
                                                     : quiz.categories[c].weight / weights * 100 *
                                                           points[q] / r.possible[c]);
    }
    return r;
}

} // namespace

TEST_CASE("random answers on random quizzes score as the reference model says", "[property]") {
    const auto seed = GENERATE(take(200, random(0u, 0x7fffffffu)));
    CAPTURE(seed);
    std::mt19937 random(seed);
    const Quiz quiz = random_quiz(random);
    const Answers answers = random_answers(random, quiz);
    const Report report = score(quiz, answers);
    const Reference ref = reference(quiz, answers);

    SECTION("the score lies in [0, 100] and matches the reference") {
        CHECK(report.score >= 0);
        CHECK(report.score <= 100);
        CHECK_THAT(report.score, WithinAbs(ref.score, 1e-9));
        CHECK_THAT(overall_score(quiz, answers), WithinAbs(report.score, 1e-12));
    }
    SECTION("visibility and category scores match the reference") {
        for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
            CHECK(is_visible(quiz, answers, static_cast<int>(q)) == ref.visible[q]);
        }
        for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
            CHECK(report.categories[c].score.has_value() == (ref.possible[c] > 0));
            CHECK_THAT(report.categories[c].earned, WithinAbs(ref.earned[c], 1e-9));
            CHECK_THAT(report.categories[c].possible, WithinAbs(ref.possible[c], 1e-9));
        }
    }
    SECTION("contributions match the reference and add up to the score") {
        REQUIRE(report.contributions.size() == ref.contributions.size());
        double sum = 0;
        for (std::size_t i = 0; i < ref.contributions.size(); ++i) {
            CHECK_THAT(report.contributions[i].points, WithinAbs(ref.contributions[i], 1e-9));
            sum += report.contributions[i].points;
        }
        CHECK_THAT(sum, WithinAbs(report.score, 1e-9));
    }
    SECTION("what-ifs never raise the score and are what substituting them gives") {
        CHECK(report.what_ifs.size() == report.contributions.size());
        for (const WhatIf& w : report.what_ifs) {
            CHECK(w.score <= report.score + 1e-9);
            Answers substituted = answers;
            substituted[static_cast<std::size_t>(w.question)] = w.best_answer;
            CHECK_THAT(reference(quiz, substituted).score, WithinAbs(w.score, 1e-9));
        }
    }
    SECTION("the share code round-trips exactly") {
        const Outcome<Answers> decoded = decode_share(quiz, encode_share(quiz, answers));
        REQUIRE(decoded.ok());
        CHECK(*decoded.value == answers);
    }
}
