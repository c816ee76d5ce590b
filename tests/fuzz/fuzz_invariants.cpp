// fuzz_invariants: structure-aware fuzzing of the scoring contract (the scoring rules of exposure/scoring.hpp).
//
// The input bytes do not go to a parser: a FuzzedDataProvider turns them into a random *valid*
// quiz built in code (categories with weights, single and multi questions with caps and
// exclusive options, show_if conditions on earlier questions, bands, recommendations with and
// without fixes) and a random answer set, then into a few Session edits. libFuzzer's coverage
// feedback steers towards quizzes that reach new engine code. Every property below must hold
// for every quiz and every answer set; a violation prints what broke and abort()s, which
// libFuzzer reports as a crash with the input that caused it.
//
//   1. 0 <= score <= 100, and score() agrees with overall_score() and with a reference model
//      written here straight from the scoring rules (visibility, category scores, the weighted mean).
//   2. Contributions cover the answered visible questions and add up to the score (1e-9).
//   3. The band is the first whose max is >= the score.
//   4. Each what-if changes only its own question's answer: substituting that one answer into
//      the reader's answers gives exactly its score, never above the current score, and no
//      single-step alternative (another option; one option toggled) scores lower.
//   5. Recommendations: exactly those whose `when` holds; fixed ones first by delta ascending
//      (ties in content order), then unfixed ones in content order; each delta is the score
//      with the fix substituted minus the score.
//   6. Share codes round-trip: decode(encode(a)) == a for the state a share code carries, the
//      code is base64url and within kMaxShareCodeLength.
//   7. Answer files round-trip: read_answers_json(write_answers_json(a)) == a.
//   8. report_to_json() is valid JSON.
//   9. Session edits keep answers well-formed (sorted in-range options, one for single, an
//      exclusive option alone, Skipped only where allowed) and never touch other questions.
//  10. lint() is sound: a question it says can never be shown is hidden for every answer set
//      tried, a recommendation that can never apply is never listed, one whose fix can never
//      matter has delta 0, a category that can never score above 0 does not.
//  11. stats() brackets reality: 0 <= min <= max <= 100, its witness answer sets are complete,
//      well-formed and score exactly min and max, and when it says `exact`, every complete
//      answer set tried scores within [min, max].
// scoring.cpp's header lists how it reads the contract where the rules leave room (a leaf
// condition on an unanswered, skipped or invisible question is false; `is` on a multi question
// means exactly that option); the reference model follows the same readings.
//
// [SECTION] A random valid quiz
// [SECTION] A random answer set
// [SECTION] Reference model
// [SECTION] Invariants
// [SECTION] Analysis: lint and stats
// [SECTION] Entry point
#include "exposure/analysis.hpp"
#include "exposure/answers.hpp"
#include "exposure/quiz.hpp"
#include "exposure/report_json.hpp"
#include "exposure/scoring.hpp"
#include "exposure/session.hpp"
#include "exposure/share.hpp"
#include "fuzz_support.hpp"

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {

using exposure::Answer;
using exposure::Answers;
using exposure::Condition;
using exposure::Question;
using exposure::QuestionKind;
using exposure::Quiz;
using fuzz::check_well_formed;
using fuzz::describe;
using fuzz::fail;

constexpr double kTolerance = 1e-9;

bool near(double a, double b) {
    return std::fabs(a - b) <= kTolerance;
}

// -------------------------------------------------------------------------------------------
// [SECTION] A random valid quiz
// -------------------------------------------------------------------------------------------

// Mostly small whole numbers (so ties and exact edges happen), sometimes hundredths.
double points(FuzzedDataProvider& in) {
    if (in.ConsumeIntegralInRange(0, 3) == 0) {
        return in.ConsumeIntegralInRange(0, 1000) / 100.0;
    }
    return in.ConsumeIntegralInRange(0, 10);
}

// A condition on questions [0, before): show_if may only look back, `when` may look anywhere.
Condition make_condition(FuzzedDataProvider& in, const Quiz& quiz, int before, int depth) {
    Condition condition;
    const int choice = depth >= 3 ? 0 : in.ConsumeIntegralInRange(0, 5);
    if (choice >= 3) {
        condition.kind = choice == 3   ? Condition::Kind::All
                         : choice == 4 ? Condition::Kind::Any
                                       : Condition::Kind::Not;
        const int children =
            condition.kind == Condition::Kind::Not ? 1 : in.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < children; ++i) {
            condition.children.push_back(make_condition(in, quiz, before, depth + 1));
        }
        return condition;
    }
    condition.question = in.ConsumeIntegralInRange(0, before - 1);
    const int options = static_cast<int>(quiz.questions[condition.question].options.size());
    // The loader accepts `has` only on multi questions; `is` and `in` on both kinds.
    const bool multi = quiz.questions[condition.question].kind == QuestionKind::Multi;
    const int kind = in.ConsumeIntegralInRange(0, multi ? 2 : 1);
    condition.kind = kind == 0   ? Condition::Kind::Is
                     : kind == 1 ? Condition::Kind::In
                                 : Condition::Kind::Has;
    condition.options.push_back(in.ConsumeIntegralInRange(0, options - 1));
    if (condition.kind == Condition::Kind::In) {
        for (int o = 0; o < options; ++o) {
            if (o != condition.options[0] && in.ConsumeBool()) {
                condition.options.push_back(o);
            }
        }
    }
    return condition;
}

// A non-empty, well-formed choice for a question: one option for single; for multi either one
// exclusive option alone or a non-empty set of non-exclusive ones.
std::vector<int> make_choice(FuzzedDataProvider& in, const Question& question) {
    const int count = static_cast<int>(question.options.size());
    if (question.kind == QuestionKind::Single) {
        return {in.ConsumeIntegralInRange(0, count - 1)};
    }
    std::vector<int> plain;
    std::vector<int> exclusive;
    for (int o = 0; o < count; ++o) {
        (question.options[o].exclusive ? exclusive : plain).push_back(o);
    }
    if (plain.empty() || (!exclusive.empty() && in.ConsumeIntegralInRange(0, 3) == 0)) {
        return {exclusive[in.ConsumeIntegralInRange<std::size_t>(0, exclusive.size() - 1)]};
    }
    std::vector<int> chosen;
    for (int o : plain) {
        if (in.ConsumeBool()) {
            chosen.push_back(o);
        }
    }
    if (chosen.empty()) {
        chosen.push_back(plain[in.ConsumeIntegralInRange<std::size_t>(0, plain.size() - 1)]);
    }
    return chosen;
}

Quiz make_quiz(FuzzedDataProvider& in) {
    Quiz quiz;
    quiz.id = "fuzz";
    quiz.version = "1";
    quiz.locale = "en";
    quiz.title = "Fuzzed quiz";
    quiz.content_hash = in.ConsumeIntegral<std::uint32_t>();

    const int categories = in.ConsumeIntegralInRange(1, 4);
    for (int c = 0; c < categories; ++c) {
        quiz.categories.push_back(
            {"c" + std::to_string(c), "Category", "", in.ConsumeIntegralInRange(1, 100) / 10.0});
    }

    const int questions = in.ConsumeIntegralInRange(1, 10);
    for (int q = 0; q < questions; ++q) {
        Question question;
        question.id = "q" + std::to_string(q);
        question.category = in.ConsumeIntegralInRange(0, categories - 1);
        question.kind = in.ConsumeBool() ? QuestionKind::Multi : QuestionKind::Single;
        question.prompt = "Question";
        question.help = "Why";
        question.sources.push_back({"Source", "https://example.org/"});
        question.skippable = in.ConsumeBool();
        const int options = in.ConsumeIntegralInRange(2, 6); // the loader wants at least 2
        double sum = 0;
        double largest = 0;
        for (int o = 0; o < options; ++o) {
            exposure::Option option;
            option.id = "o" + std::to_string(o);
            option.label = "Option";
            option.points = points(in);
            option.exclusive =
                question.kind == QuestionKind::Multi && in.ConsumeIntegralInRange(0, 4) == 0;
            sum += option.points;
            largest = std::max(largest, option.points);
            question.options.push_back(std::move(option));
        }
        if (question.kind == QuestionKind::Multi && in.ConsumeBool()) {
            question.cap = in.ConsumeIntegralInRange(1, 20) / 2.0;
        }
        // max(q) as the scoring rules define it (the loader derives it the same way).
        question.max_points = question.kind == QuestionKind::Single ? largest
                              : question.cap                        ? std::min(*question.cap, sum)
                                                                    : sum;
        if (q > 0 && in.ConsumeBool()) {
            question.show_if = make_condition(in, quiz, q, 0);
        }
        quiz.questions.push_back(std::move(question));
    }

    // Ascending maxes, the last one 100.
    const int bands = in.ConsumeIntegralInRange(1, 4);
    std::vector<double> maxes;
    for (int b = 0; b + 1 < bands; ++b) {
        maxes.push_back(in.ConsumeIntegralInRange(0, 9999) / 100.0);
    }
    std::sort(maxes.begin(), maxes.end());
    maxes.erase(std::unique(maxes.begin(), maxes.end()), maxes.end());
    maxes.push_back(100);
    for (std::size_t b = 0; b < maxes.size(); ++b) {
        quiz.bands.push_back({"b" + std::to_string(b), maxes[b], "Band", ""});
    }

    const int recommendations = in.ConsumeIntegralInRange(0, 6);
    for (int r = 0; r < recommendations; ++r) {
        exposure::Recommendation recommendation;
        recommendation.id = "r" + std::to_string(r);
        recommendation.title = "Do this";
        if (in.ConsumeBool()) {
            recommendation.when = make_condition(in, quiz, questions, 0);
        }
        if (in.ConsumeIntegralInRange(0, 3) != 0) {
            exposure::Fix fix;
            fix.question = in.ConsumeIntegralInRange(0, questions - 1);
            const Question& target = quiz.questions[fix.question];
            // A multi fix is the whole answer and may be empty ("none of these apply any more").
            if (target.kind == QuestionKind::Single || in.ConsumeIntegralInRange(0, 4) != 0) {
                fix.options = make_choice(in, target);
            }
            recommendation.fix = std::move(fix);
        }
        quiz.recommendations.push_back(std::move(recommendation));
    }
    return quiz;
}

// -------------------------------------------------------------------------------------------
// [SECTION] A random answer set
// -------------------------------------------------------------------------------------------

// Any mix of unanswered, skipped (where allowed) and chosen, including answers to questions
// that are invisible right now (a reader answered them, then changed an earlier answer).
Answers make_answers(FuzzedDataProvider& in, const Quiz& quiz) {
    Answers answers = exposure::empty_answers(quiz);
    if (answers.size() != quiz.questions.size()) {
        fail("empty_answers has %zu slots for %zu questions", answers.size(),
             quiz.questions.size());
    }
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const int state = in.ConsumeIntegralInRange(0, 3);
        if (state == 1 && quiz.questions[q].skippable) {
            answers[q].state = Answer::State::Skipped;
        } else if (state >= 2) {
            answers[q] = Answer{Answer::State::Chosen, make_choice(in, quiz.questions[q])};
        }
    }
    return answers;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Reference model
// -------------------------------------------------------------------------------------------

bool contains(const std::vector<int>& values, int value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool model_holds(const Answers& answers, const std::vector<bool>& visible,
                 const Condition& condition) {
    switch (condition.kind) {
    case Condition::Kind::All:
        return std::all_of(
            condition.children.begin(), condition.children.end(),
            [&](const Condition& child) { return model_holds(answers, visible, child); });
    case Condition::Kind::Any:
        return std::any_of(
            condition.children.begin(), condition.children.end(),
            [&](const Condition& child) { return model_holds(answers, visible, child); });
    case Condition::Kind::Not:
        return !model_holds(answers, visible, condition.children.at(0));
    case Condition::Kind::Is:
    case Condition::Kind::In:
    case Condition::Kind::Has:
        break;
    }
    const Answer& answer = answers[condition.question];
    if (!visible[condition.question] || answer.state != Answer::State::Chosen) {
        return false;
    }
    if (condition.kind == Condition::Kind::Is) {
        return answer.options == std::vector<int>{condition.options[0]};
    }
    if (condition.kind == Condition::Kind::Has) {
        return contains(answer.options, condition.options[0]);
    }
    return std::any_of(answer.options.begin(), answer.options.end(),
                       [&](int option) { return contains(condition.options, option); });
}

struct Model {
    std::vector<bool> visible;
    std::vector<double> earned, possible; // per category
    double score = 0;
    int visible_count = 0, answered_count = 0;
};

Model model(const Quiz& quiz, const Answers& answers) {
    Model m;
    m.visible.assign(quiz.questions.size(), false);
    m.earned.assign(quiz.categories.size(), 0);
    m.possible.assign(quiz.categories.size(), 0);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        m.visible[q] = !question.show_if || model_holds(answers, m.visible, *question.show_if);
        if (!m.visible[q]) {
            continue;
        }
        ++m.visible_count;
        if (answers[q].state != Answer::State::Unanswered) {
            ++m.answered_count;
        }
        if (answers[q].state != Answer::State::Chosen) {
            continue;
        }
        double sum = 0;
        for (int option : answers[q].options) {
            sum += question.options[option].points;
        }
        m.earned[question.category] += std::min(question.max_points, sum);
        m.possible[question.category] += question.max_points;
    }
    double weighted = 0, weights = 0;
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        if (m.possible[c] <= 0) {
            continue;
        }
        weighted += quiz.categories[c].weight * 100 * m.earned[c] / m.possible[c];
        weights += quiz.categories[c].weight;
    }
    m.score = weights > 0 ? weighted / weights : 0;
    return m;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Invariants
// -------------------------------------------------------------------------------------------

Answers with(Answers answers, int question, Answer answer) {
    answers[question] = std::move(answer);
    return answers;
}

// The single-step alternatives to a chosen answer (what-if must do at least as well as each).
std::vector<Answer> neighbours(const Question& question, const Answer& current) {
    std::vector<Answer> result;
    const int count = static_cast<int>(question.options.size());
    for (int o = 0; o < count; ++o) {
        std::vector<int> options;
        if (question.kind == QuestionKind::Single || question.options[o].exclusive) {
            options = {o};
        } else if (contains(current.options, o)) {
            for (int kept : current.options) {
                if (kept != o) {
                    options.push_back(kept);
                }
            }
        } else {
            for (int kept : current.options) {
                if (!question.options[kept].exclusive) {
                    options.push_back(kept);
                }
            }
            options.push_back(o);
            std::sort(options.begin(), options.end());
        }
        if (!options.empty()) {
            result.push_back({Answer::State::Chosen, std::move(options)});
        }
    }
    return result;
}

void check_score(const Quiz& quiz, const Answers& answers) {
    const Answers before = answers;
    const exposure::Report report = exposure::score(quiz, answers);
    if (answers != before) {
        fail("score() changed the answers");
    }
    const double s = report.score;

    // 1. Range, agreement with overall_score() and with the reference model.
    if (!(s >= 0 && s <= 100)) {
        fail("score %.17g outside [0, 100]", s);
    }
    if (!near(exposure::overall_score(quiz, answers), s)) {
        fail("overall_score %.17g != report.score %.17g", exposure::overall_score(quiz, answers),
             s);
    }
    const Model m = model(quiz, answers);
    if (!near(m.score, s)) {
        fail("score %.17g, reference model says %.17g", s, m.score);
    }
    if (report.visible != m.visible_count || report.answered != m.answered_count) {
        fail("visible/answered %d/%d, model %d/%d", report.visible, report.answered,
             m.visible_count, m.answered_count);
    }
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (exposure::is_visible(quiz, answers, static_cast<int>(q)) != m.visible[q]) {
            fail("is_visible(q%zu) disagrees with the model", q);
        }
    }
    if (report.categories.size() != quiz.categories.size()) {
        fail("%zu category scores for %zu categories", report.categories.size(),
             quiz.categories.size());
    }
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        const auto& category = report.categories[c];
        if (!near(category.earned, m.earned[c]) || !near(category.possible, m.possible[c])) {
            fail("category %zu tally %g/%g, model %g/%g", c, category.earned, category.possible,
                 m.earned[c], m.possible[c]);
        }
        if (category.score.has_value() != (m.possible[c] > 0)) {
            fail("category %zu assessed-ness disagrees with the model", c);
        }
        if (category.score && !near(*category.score, 100 * m.earned[c] / m.possible[c])) {
            fail("category %zu score %.17g", c, *category.score);
        }
    }

    // 2. Contributions: one per answered visible question, in content order, summing to S.
    std::vector<int> scored;
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (m.visible[q] && answers[q].state == Answer::State::Chosen) {
            scored.push_back(static_cast<int>(q));
        }
    }
    if (report.contributions.size() != scored.size()) {
        fail("%zu contributions for %zu answered visible questions", report.contributions.size(),
             scored.size());
    }
    double sum = 0;
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const auto& contribution = report.contributions[i];
        if (contribution.question != scored[i]) {
            fail("contribution %zu is for q%d, expected q%d", i, contribution.question, scored[i]);
        }
        if (!(contribution.points >= 0)) {
            fail("negative contribution %.17g for q%d", contribution.points, contribution.question);
        }
        sum += contribution.points;
    }
    if (!near(sum, s)) {
        fail("contributions add up to %.17g, score is %.17g", sum, s);
    }

    // 3. Band: the first whose max is >= S (with the engine's 1e-9 tolerance at the edges).
    if (report.band < 0 || static_cast<std::size_t>(report.band) >= quiz.bands.size()) {
        fail("band %d out of range", report.band);
    }
    if (s > quiz.bands[report.band].max + kTolerance) {
        fail("score %.17g above its band's max %g", s, quiz.bands[report.band].max);
    }
    for (int b = 0; b < report.band; ++b) {
        if (s <= quiz.bands[b].max) {
            fail("score %.17g fits earlier band %d (max %g) but got band %d", s, b,
                 quiz.bands[b].max, report.band);
        }
    }

    // 4. What-ifs: one per answered visible question; each is that one substitution.
    if (report.what_ifs.size() != scored.size()) {
        fail("%zu what-ifs for %zu answered visible questions", report.what_ifs.size(),
             scored.size());
    }
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const auto& what_if = report.what_ifs[i];
        const int q = what_if.question;
        if (q != scored[i]) {
            fail("what-if %zu is for q%d, expected q%d", i, q, scored[i]);
        }
        Answers substituted = with(answers, q, what_if.best_answer);
        check_well_formed(quiz, substituted, "what-if answer");
        const double substituted_score = exposure::overall_score(quiz, substituted);
        if (!near(substituted_score, what_if.score)) {
            fail("what-if q%d %s says %.17g, substituting it gives %.17g", q,
                 describe(what_if.best_answer).c_str(), what_if.score, substituted_score);
        }
        if (what_if.score > s + kTolerance) {
            fail("what-if q%d raises the score: %.17g > %.17g", q, what_if.score, s);
        }
        if (what_if.best_answer == answers[q] && !near(what_if.score, s)) {
            fail("unchanged what-if q%d has score %.17g != %.17g", q, what_if.score, s);
        }
        for (const Answer& alternative : neighbours(quiz.questions[q], answers[q])) {
            const double alternative_score =
                exposure::overall_score(quiz, with(answers, q, alternative));
            if (alternative_score < what_if.score - kTolerance) {
                fail("what-if q%d picked %s (%.17g) but %s scores %.17g", q,
                     describe(what_if.best_answer).c_str(), what_if.score,
                     describe(alternative).c_str(), alternative_score);
            }
        }
    }

    // 5. Recommendations: the applicable ones, fixed by delta ascending, then unfixed.
    std::vector<int> expected;
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        const auto& when = quiz.recommendations[r].when;
        const bool holds = !when || model_holds(answers, m.visible, *when);
        if (when && exposure::condition_holds(quiz, answers, *when) != holds) {
            fail("condition_holds disagrees with the model for r%zu", r);
        }
        if (holds) {
            expected.push_back(static_cast<int>(r));
        }
    }
    if (report.recommendations.size() != expected.size()) {
        fail("%zu recommendations listed, %zu apply", report.recommendations.size(),
             expected.size());
    }
    std::vector<int> listed;
    bool in_unfixed = false;
    for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
        const auto& result = report.recommendations[i];
        listed.push_back(result.recommendation);
        if (result.recommendation < 0 ||
            static_cast<std::size_t>(result.recommendation) >= quiz.recommendations.size()) {
            fail("recommendation index %d out of range", result.recommendation);
        }
        const auto& fix = quiz.recommendations[result.recommendation].fix;
        if (fix.has_value() != result.delta.has_value()) {
            fail("r%d: delta present %d, fix present %d", result.recommendation,
                 result.delta.has_value(), fix.has_value());
        }
        if (!fix) {
            if (in_unfixed && listed[i - 1] > result.recommendation) {
                fail("unfixed r%d listed after r%d", result.recommendation, listed[i - 1]);
            }
            in_unfixed = true;
            continue;
        }
        if (in_unfixed) {
            fail("fixed r%d listed after an unfixed one", result.recommendation);
        }
        Answer fixed{Answer::State::Chosen, fix->options};
        const double expected_delta =
            exposure::overall_score(quiz, with(answers, fix->question, fixed)) - s;
        if (!near(*result.delta, expected_delta)) {
            fail("r%d delta %.17g, substituting the fix gives %.17g", result.recommendation,
                 *result.delta, expected_delta);
        }
        if (i > 0) {
            const auto& previous = report.recommendations[i - 1];
            const double a = *previous.delta, b = *result.delta;
            const bool ordered =
                previous.recommendation < result.recommendation ? a <= b + kTolerance : a < b;
            if (!ordered) {
                fail("r%d (delta %.17g) listed before r%d (delta %.17g)", previous.recommendation,
                     a, result.recommendation, b);
            }
        }
    }
    std::sort(listed.begin(), listed.end());
    if (listed != expected) {
        fail("the listed recommendations are not the applicable ones");
    }

    // 6. Share codes.
    const std::string code = exposure::encode_share(quiz, answers);
    if (code.empty() || code.size() > exposure::kMaxShareCodeLength) {
        fail("share code of %zu characters", code.size());
    }
    for (char ch : code) {
        const bool base64url = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                               (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
        if (!base64url) {
            fail("share code has a character outside base64url: '%c' in %s", ch, code.c_str());
        }
    }
    const auto decoded = exposure::decode_share(quiz, code);
    if (!decoded.ok()) {
        fail("decode(encode(answers)) failed: %s", decoded.diagnostics.empty()
                                                       ? "(no diagnostic)"
                                                       : decoded.diagnostics[0].message.c_str());
    }
    if (*decoded.value != answers) {
        for (std::size_t q = 0; q < answers.size() && q < decoded.value->size(); ++q) {
            if ((*decoded.value)[q] != answers[q]) {
                fail("share round trip: q%zu %s came back as %s (code %s)", q,
                     describe(answers[q]).c_str(), describe((*decoded.value)[q]).c_str(),
                     code.c_str());
            }
        }
        fail("share round trip: %zu answers came back as %zu", answers.size(),
             decoded.value->size());
    }

    // 7. Answer files.
    const std::string answers_json = exposure::write_answers_json(quiz, answers);
    const auto read = exposure::read_answers_json(quiz, answers_json);
    if (!read.ok()) {
        fail("read_answers_json(write_answers_json(a)) failed: %s\n%s",
             read.diagnostics.empty() ? "(no diagnostic)" : read.diagnostics[0].message.c_str(),
             answers_json.c_str());
    }
    if (*read.value != answers) {
        fail("answers JSON round trip changed the answers:\n%s", answers_json.c_str());
    }

    // 8. The report as JSON.
    const std::string report_json = exposure::report_to_json(quiz, answers, report);
    if (!nlohmann::json::accept(report_json)) {
        fail("report_to_json is not valid JSON:\n%s", report_json.c_str());
    }
}

// 9. Session edits driven by the rest of the input; each keeps every answer well-formed and
//    leaves the other questions alone. Returns the answers the edits produced.
Answers edit_in_session(FuzzedDataProvider& in, const Quiz& quiz, const Answers& start) {
    exposure::Session session(quiz, start);
    const int count = static_cast<int>(quiz.questions.size());
    for (int step = 0; step < 16 && in.remaining_bytes() > 0; ++step) {
        const Answers before = session.answers();
        const int q = in.ConsumeIntegralInRange(-1, count); // -1 and count: out of range, ignored
        const int action = in.ConsumeIntegralInRange(0, 5);
        if (action == 0) {
            session.skip(q);
        } else if (action == 1) {
            session.clear(q);
        } else {
            const int options =
                q >= 0 && q < count ? static_cast<int>(quiz.questions[q].options.size()) : 1;
            session.choose(q, in.ConsumeIntegralInRange(-1, options));
        }
        check_well_formed(quiz, session.answers(), "after a Session edit");
        for (int other = 0; other < count; ++other) {
            if (other != q && session.answer(other) != before[other]) {
                fail("editing q%d changed q%d", q, other);
            }
        }
        const auto progress = session.progress(q);
        if (progress.answered > progress.visible || progress.position > progress.visible) {
            fail("progress %d/%d at %d", progress.answered, progress.visible, progress.position);
        }
    }
    return session.answers();
}

// -------------------------------------------------------------------------------------------
// [SECTION] Analysis: lint and stats
// -------------------------------------------------------------------------------------------

// Every visible question answered (or skipped, where allowed): fills the gaps in `answers`
// in content order, so a new answer can reveal later questions that then get filled too.
Answers complete(FuzzedDataProvider& in, const Quiz& quiz, Answers answers) {
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (answers[q].state == Answer::State::Unanswered &&
            exposure::is_visible(quiz, answers, static_cast<int>(q))) {
            answers[q] = Answer{Answer::State::Chosen, make_choice(in, quiz.questions[q])};
        }
    }
    return answers;
}

bool is_complete(const Quiz& quiz, const Answers& answers) {
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        if (answers[q].state == Answer::State::Unanswered &&
            exposure::is_visible(quiz, answers, static_cast<int>(q))) {
            return false;
        }
    }
    return true;
}

// 10. Each "never" lint warning, checked against answer sets that really occur.
void check_lint(const Quiz& quiz, const std::vector<exposure::Diagnostic>& warnings,
                const std::vector<Answers>& tried) {
    for (const auto& warning : warnings) {
        int index = -1;
        char rest[32] = {};
        for (const Answers& answers : tried) {
            if (std::sscanf(warning.pointer.c_str(), "/questions/%d/%31s", &index, rest) == 2 &&
                std::string(rest) == "show_if") {
                if (exposure::is_visible(quiz, answers, index)) {
                    fail("lint says q%d can never be shown, but it is visible", index);
                }
            } else if (std::sscanf(warning.pointer.c_str(), "/recommendations/%d/%31s", &index,
                                   rest) == 2) {
                const exposure::Report report = exposure::score(quiz, answers);
                for (const auto& result : report.recommendations) {
                    if (result.recommendation != index) {
                        continue;
                    }
                    if (std::string(rest) == "when") {
                        fail("lint says r%d can never apply, but it is listed", index);
                    }
                    if (std::string(rest) == "fix" && result.delta && !near(*result.delta, 0)) {
                        fail("lint says r%d's fix never matters, but its delta is %.17g", index,
                             *result.delta);
                    }
                }
            } else if (std::sscanf(warning.pointer.c_str(), "/categories/%d", &index) == 1) {
                const exposure::Report report = exposure::score(quiz, answers);
                const auto& category = report.categories.at(static_cast<std::size_t>(index));
                if (category.score && *category.score > kTolerance) {
                    fail("lint says category %d never scores above 0, but it scores %.17g", index,
                         *category.score);
                }
            }
        }
    }
}

// 11. The score range, against its own witnesses and the complete answer sets tried.
void check_stats(const Quiz& quiz, const exposure::QuizStats& stats,
                 const std::vector<Answers>& tried) {
    if (!(0 <= stats.min_score && stats.min_score <= stats.max_score + kTolerance &&
          stats.max_score <= 100)) {
        fail("stats range [%.17g, %.17g]", stats.min_score, stats.max_score);
    }
    const std::pair<const Answers*, double> witnesses[] = {{&stats.min_answers, stats.min_score},
                                                           {&stats.max_answers, stats.max_score}};
    for (const auto& [witness, expected] : witnesses) {
        check_well_formed(quiz, *witness, "stats witness");
        if (!is_complete(quiz, *witness)) {
            fail("a stats witness leaves a visible question unanswered");
        }
        if (!near(exposure::overall_score(quiz, *witness), expected)) {
            fail("a stats witness scores %.17g, stats says %.17g",
                 exposure::overall_score(quiz, *witness), expected);
        }
    }
    if (!stats.exact) {
        return;
    }
    for (const Answers& answers : tried) {
        const double score = exposure::overall_score(quiz, answers);
        if (is_complete(quiz, answers) &&
            (score < stats.min_score - kTolerance || score > stats.max_score + kTolerance)) {
            fail("exact stats range [%.17g, %.17g] misses a complete answer set scoring %.17g",
                 stats.min_score, stats.max_score, score);
        }
    }
}

void check_analysis(FuzzedDataProvider& in, const Quiz& quiz, std::vector<Answers> tried) {
    tried.push_back(complete(in, quiz, tried.front()));
    check_well_formed(quiz, tried.back(), "completed answers");
    check_lint(quiz, exposure::lint(quiz), tried);
    // Small limits keep each execution fast; the exact path and the search both get exercised.
    exposure::StatsOptions options;
    options.exact_limit = 4096;
    options.restarts = 2;
    check_stats(quiz, exposure::stats(quiz, options), tried);
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] Entry point
// -------------------------------------------------------------------------------------------

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const Quiz quiz = make_quiz(in);
    const Answers answers = make_answers(in, quiz);
    check_well_formed(quiz, answers, "generated answers");
    check_score(quiz, answers);
    std::vector<Answers> tried = {answers};
    if (in.remaining_bytes() > 0) {
        tried.push_back(edit_in_session(in, quiz, answers));
        check_score(quiz, tried.back());
    }
    check_analysis(in, quiz, std::move(tried));
    return 0;
}
