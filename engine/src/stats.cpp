// Stats (see analysis.hpp): counts and the range of scores a reader can reach.
//
// [SECTION] Leaf solver
// [SECTION] Enumeration and search
//
// Stats: only questions named by some show_if ("structural" questions) change which questions
// are visible. Enumerate the structural questions' classes (and skip, where allowed); for each
// such combination the other ("free") questions are independent, and their best choice is
// exact and cheap:
//   - in a category, answering a free question adds (p, m) to (Σ points, Σ max); skipping a
//     skippable one adds nothing. Extremes of (A + Σp) / (B + Σm) over which optional items to
//     include are reached by a prefix of the items sorted by p/m (the classic fractional
//     programming argument), so trying every prefix is exact;
//   - the overall score is the weighted mean over assessed categories, and a category can be
//     left unassessed when nothing in it must be answered; the same prefix argument over the
//     categories sorted by score picks which to include.
// The reported extremes are recomputed with overall_score() on the witness answer sets, so they
// are the engine's own numbers. When the structural combinations exceed exact_limit (or a
// question has too many classes to list), a search replaces the enumeration: coordinate descent
// over the structural questions (free questions still solved exactly at every step), started
// from the first answers, from each question's extreme-points answers, and from `restarts`
// random starts drawn from a fixed-seed std::mt19937 (deterministic everywhere).
// Answer classes are explained in answer_classes.hpp.
#include "exposure/analysis.hpp"

#include "answer_classes.hpp"
#include "exposure/scoring.hpp"
#include "scoring_detail.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace exposure {

namespace {

using detail::Candidate;
using detail::CandidateList;
using detail::candidates;
using detail::References;
using detail::show_if_references;

constexpr double kSearchBudget = 1e7; // question visits for one stats() search

std::size_t size(int index) {
    return static_cast<std::size_t>(index);
}

// -------------------------------------------------------------------------------------------
// [SECTION] Leaf solver
// -------------------------------------------------------------------------------------------

// The extremes of a free question's points over its valid answers, with an answer for each.
struct FreeQuestion {
    double low = 0;
    double high = 0;
    Answer low_answer;
    Answer high_answer;
};

FreeQuestion free_question(const Question& question) {
    FreeQuestion info;
    const int count = static_cast<int>(question.options.size());
    bool first = true;
    auto consider = [&](std::vector<int> options) {
        Answer answer{Answer::State::Chosen, std::move(options)};
        const double points = question_points(question, answer);
        if (first || points < info.low) {
            info.low = points;
            info.low_answer = answer;
        }
        if (first || points > info.high) {
            info.high = points;
            info.high_answer = answer;
        }
        first = false;
    };
    std::vector<int> all_free;
    for (int o = 0; o < count; ++o) {
        consider({o}); // every option alone is a valid answer
        if (!question.options[size(o)].exclusive) {
            all_free.push_back(o);
        }
    }
    if (!all_free.empty()) {
        consider(all_free); // points only grow with more options
    }
    return info;
}

enum class Goal { Min, Max };

// Solves the free questions exactly for fixed structural answers (see the top of this file).
class LeafSolver {
public:
    LeafSolver(const Quiz& quiz, std::vector<char> structural)
        : quiz_(quiz), structural_(std::move(structural)) {
        for (const Question& question : quiz.questions) {
            free_.push_back(free_question(question));
        }
    }

    // The best overall score over the free questions' answers, given `answers` (structural
    // answers set, free ones ignored) and the complete `visible`. With `witness`, also writes
    // a complete answer set reaching it.
    double solve(Goal goal, const Answers& answers, const std::vector<char>& visible,
                 Answers* witness) {
        const bool maximize = goal == Goal::Max;
        if (witness != nullptr) {
            *witness = answers;
        }
        collect(maximize, answers, visible, witness);
        choose_within_categories(maximize);
        const Inclusion inclusion = choose_categories(maximize);
        if (witness != nullptr) {
            write_witness(maximize, inclusion, *witness);
        }
        return std::clamp(inclusion.best, 0.0, 100.0);
    }

private:
    struct Item {
        double p = 0;
        double m = 0;
        int question = -1;
    };

    // Per category: the best ratio when assessed, and whether it may be left unassessed.
    struct Choice {
        bool assessable = false;
        bool omittable = false;
        double score = 0;
        std::size_t take = 0; // optional items answered (a prefix of the sorted list)
    };

    // Which optional categories are assessed: a prefix of them sorted by score.
    struct Inclusion {
        double best = 0;
        std::vector<std::size_t> optional_categories; // sorted by score, best first
        std::size_t take = 0;                         // how many of them are assessed
    };

    // Per category: the points and maxima that must count (base_) and the skippable free
    // questions that may (optional_). Free questions are set to unanswered in the witness.
    void collect(bool maximize, const Answers& answers, const std::vector<char>& visible,
                 Answers* witness) {
        const std::size_t categories = quiz_.categories.size();
        base_.assign(categories, {0.0, 0.0});
        optional_.assign(categories, {});
        for (std::size_t q = 0; q < quiz_.questions.size(); ++q) {
            const Question& question = quiz_.questions[q];
            if (question.category < 0 || size(question.category) >= categories) {
                continue;
            }
            auto& [earned, possible] = base_[size(question.category)];
            if (structural_[q]) {
                const Answer* answer = detail::chosen_answer(answers, static_cast<int>(q));
                if (visible[q] && answer != nullptr) {
                    earned += question_points(question, *answer);
                    possible += question.max_points;
                }
                continue;
            }
            if (witness != nullptr) {
                (*witness)[q] = Answer{};
            }
            if (!visible[q] || question.options.empty()) {
                continue;
            }
            const FreeQuestion& info = free_[q];
            const double p = maximize ? info.high : info.low;
            if (question.skippable && question.max_points > 0) {
                optional_[size(question.category)].push_back(
                    {p, question.max_points, static_cast<int>(q)});
                continue;
            }
            earned += p;
            possible += question.max_points;
            if (witness != nullptr) {
                (*witness)[q] = maximize ? info.high_answer : info.low_answer;
            }
        }
    }

    void choose_within_categories(bool maximize) {
        const std::size_t categories = quiz_.categories.size();
        choices_.assign(categories, Choice{});
        for (std::size_t c = 0; c < categories; ++c) {
            auto& items = optional_[c];
            std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
                return maximize ? a.p * b.m > b.p * a.m : a.p * b.m < b.p * a.m;
            });
            auto [earned, possible] = base_[c];
            Choice& choice = choices_[c];
            choice.omittable = possible == 0;
            if (possible > 0) {
                choice.assessable = true;
                choice.score = 100.0 * earned / possible;
            }
            for (std::size_t k = 0; k < items.size(); ++k) {
                earned += items[k].p;
                possible += items[k].m;
                const double score = 100.0 * earned / possible;
                if (!choice.assessable ||
                    (maximize ? score > choice.score : score < choice.score)) {
                    choice.assessable = true;
                    choice.score = score;
                    choice.take = k + 1;
                }
            }
        }
    }

    Inclusion choose_categories(bool maximize) const {
        const std::size_t categories = quiz_.categories.size();
        double weighted = 0;
        double weights = 0;
        Inclusion result;
        std::vector<std::size_t>& optional_categories = result.optional_categories;
        for (std::size_t c = 0; c < categories; ++c) {
            if (!choices_[c].assessable) {
                continue;
            }
            if (choices_[c].omittable) {
                optional_categories.push_back(c);
            } else {
                weighted += quiz_.categories[c].weight * choices_[c].score;
                weights += quiz_.categories[c].weight;
            }
        }
        std::sort(optional_categories.begin(), optional_categories.end(),
                  [&](std::size_t a, std::size_t b) {
                      return maximize ? choices_[a].score > choices_[b].score
                                      : choices_[a].score < choices_[b].score;
                  });
        result.best = weights > 0 ? weighted / weights : 0;
        for (std::size_t k = 0; k < optional_categories.size(); ++k) {
            const std::size_t c = optional_categories[k];
            weighted += quiz_.categories[c].weight * choices_[c].score;
            weights += quiz_.categories[c].weight;
            const double value = weighted / weights;
            if (maximize ? value > result.best : value < result.best) {
                result.best = value;
                result.take = k + 1;
            }
        }
        return result;
    }

    void write_witness(bool maximize, const Inclusion& inclusion, Answers& witness) const {
        const std::size_t categories = quiz_.categories.size();
        std::vector<char> included(categories, 0);
        for (std::size_t c = 0; c < categories; ++c) {
            included[c] = choices_[c].assessable && !choices_[c].omittable ? 1 : 0;
        }
        for (std::size_t k = 0; k < inclusion.take; ++k) {
            included[inclusion.optional_categories[k]] = 1;
        }
        for (std::size_t c = 0; c < categories; ++c) {
            const auto& items = optional_[c];
            for (std::size_t k = 0; k < items.size(); ++k) {
                const FreeQuestion& info = free_[size(items[k].question)];
                witness[size(items[k].question)] =
                    included[c] && k < choices_[c].take
                        ? (maximize ? info.high_answer : info.low_answer)
                        : Answer{Answer::State::Skipped, {}};
            }
        }
    }

    const Quiz& quiz_;
    std::vector<char> structural_;
    std::vector<FreeQuestion> free_;
    std::vector<std::pair<double, double>> base_;
    std::vector<std::vector<Item>> optional_;
    std::vector<Choice> choices_;
};

// -------------------------------------------------------------------------------------------
// [SECTION] Enumeration and search
// -------------------------------------------------------------------------------------------

class Extremes {
public:
    Extremes(const Quiz& quiz, const StatsOptions& options)
        : quiz_(quiz), options_(options), answers_(quiz.questions.size()),
          visible_(quiz.questions.size(), 0) {
        const References refs = show_if_references(quiz);
        std::vector<char> structural(quiz.questions.size(), 0);
        for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
            if (!refs.questions[q]) {
                continue;
            }
            structural[q] = 1;
            order_.push_back(static_cast<int>(q));
            const Question& question = quiz.questions[q];
            CandidateList list = candidates(question, refs.options[q], true);
            complete_ = complete_ && list.complete;
            std::vector<Answer> answers;
            for (Candidate& candidate : list.items) {
                answers.push_back(std::move(candidate.answer));
            }
            if (question.skippable) {
                answers.push_back(Answer{Answer::State::Skipped, {}});
            }
            if (answers.empty()) {
                answers.push_back(Answer{});
            }
            choices_.push_back(std::move(answers));
        }
        solver_.emplace(quiz, std::move(structural));
    }

    void run(QuizStats& stats) {
        double combinations = 1;
        for (const auto& list : choices_) {
            combinations *= static_cast<double>(list.size());
        }
        // One combination (no structural questions) is never worth a search.
        if (combinations <= std::max(1.0, static_cast<double>(options_.exact_limit))) {
            enumerate(0, stats);
            stats.exact = complete_;
        } else {
            search(stats);
            stats.exact = false;
        }
        // Report the engine's own numbers for the witnesses.
        stats.min_score = overall_score(quiz_, stats.min_answers);
        stats.max_score = overall_score(quiz_, stats.max_answers);
        stats.examined = examined_;
    }

private:
    // Visibility of questions (from, to], given the answers so far.
    void see(int from, int to) {
        for (int q = from + 1; q <= to; ++q) {
            const Question& question = quiz_.questions[size(q)];
            visible_[size(q)] =
                !question.show_if || detail::evaluate(quiz_, answers_, visible_, *question.show_if)
                    ? 1
                    : 0;
        }
    }

    void leaf(QuizStats& stats) {
        see(order_.empty() ? -1 : order_.back(), static_cast<int>(quiz_.questions.size()) - 1);
        ++examined_;
        const double low = solver_->solve(Goal::Min, answers_, visible_, nullptr);
        if (!have_ || low < best_low_) {
            best_low_ = low;
            solver_->solve(Goal::Min, answers_, visible_, &stats.min_answers);
        }
        const double high = solver_->solve(Goal::Max, answers_, visible_, nullptr);
        if (!have_ || high > best_high_) {
            best_high_ = high;
            solver_->solve(Goal::Max, answers_, visible_, &stats.max_answers);
        }
        have_ = true;
    }

    void enumerate(std::size_t depth, QuizStats& stats) {
        if (depth == order_.size()) {
            leaf(stats);
            return;
        }
        const int q = order_[depth];
        see(depth == 0 ? -1 : order_[depth - 1], q);
        if (!visible_[size(q)]) {
            answers_[size(q)] = Answer{};
            enumerate(depth + 1, stats);
            return;
        }
        for (const Answer& answer : choices_[depth]) {
            answers_[size(q)] = answer;
            enumerate(depth + 1, stats);
        }
        answers_[size(q)] = Answer{};
    }

    // The value of one structural assignment (indices into choices_).
    double evaluate(const std::vector<std::size_t>& pick, Goal goal) {
        int previous = -1;
        for (std::size_t k = 0; k < order_.size(); ++k) {
            const int q = order_[k];
            see(previous, q);
            previous = q;
            answers_[size(q)] = visible_[size(q)] ? choices_[k][pick[k]] : Answer{};
        }
        see(previous, static_cast<int>(quiz_.questions.size()) - 1);
        ++examined_;
        return solver_->solve(goal, answers_, visible_, nullptr);
    }

    // Coordinate descent from one start; returns the value reached and updates `pick`.
    double descend(std::vector<std::size_t>& pick, Goal goal) {
        const bool maximize = goal == Goal::Max;
        double value = evaluate(pick, goal);
        for (int pass = 0; pass < 32; ++pass) {
            bool improved = false;
            for (std::size_t k = 0; k < order_.size(); ++k) {
                const std::size_t kept = pick[k];
                for (std::size_t i = 0; i < choices_[k].size(); ++i) {
                    if (i == kept || examined_ >= search_limit_) {
                        continue;
                    }
                    const std::size_t before = pick[k];
                    pick[k] = i;
                    const double candidate = evaluate(pick, goal);
                    if (maximize ? candidate > value + 1e-12 : candidate < value - 1e-12) {
                        value = candidate;
                        improved = true;
                    } else {
                        pick[k] = before;
                    }
                }
            }
            if (!improved || examined_ >= search_limit_) {
                break;
            }
        }
        return value;
    }

    void search(QuizStats& stats) {
        // Bounded work on pathological content: each evaluation visits every question.
        const std::uint64_t per_goal = std::max<std::uint64_t>(
            2000, static_cast<std::uint64_t>(kSearchBudget / 2 /
                                             static_cast<double>(quiz_.questions.size() + 1)));
        std::mt19937 random(options_.seed);
        for (Goal goal : {Goal::Min, Goal::Max}) {
            search_limit_ = examined_ + per_goal;
            const bool maximize = goal == Goal::Max;
            std::vector<std::vector<std::size_t>> starts;
            starts.emplace_back(order_.size(), 0);
            // Each question's lowest- or highest-points answer.
            std::vector<std::size_t> extreme(order_.size(), 0);
            for (std::size_t k = 0; k < order_.size(); ++k) {
                const Question& question = quiz_.questions[size(order_[k])];
                for (std::size_t i = 0; i < choices_[k].size(); ++i) {
                    const double p = question_points(question, choices_[k][i]);
                    const double best = question_points(question, choices_[k][extreme[k]]);
                    if (maximize ? p > best : p < best) {
                        extreme[k] = i;
                    }
                }
            }
            starts.push_back(extreme);
            for (int r = 0; r < options_.restarts; ++r) {
                std::vector<std::size_t> start(order_.size());
                for (std::size_t k = 0; k < order_.size(); ++k) {
                    start[k] = static_cast<std::size_t>(random() % choices_[k].size());
                }
                starts.push_back(std::move(start));
            }
            bool have = false;
            double best = 0;
            std::vector<std::size_t> best_pick;
            for (std::vector<std::size_t>& start : starts) {
                const double value = descend(start, goal);
                if (!have || (maximize ? value > best : value < best)) {
                    have = true;
                    best = value;
                    best_pick = start;
                }
            }
            evaluate(best_pick, goal);
            solver_->solve(goal, answers_, visible_,
                           maximize ? &stats.max_answers : &stats.min_answers);
        }
    }

    const Quiz& quiz_;
    StatsOptions options_;
    std::vector<int> order_;                   // structural questions, content order
    std::vector<std::vector<Answer>> choices_; // per structural question
    bool complete_ = true;
    std::optional<LeafSolver> solver_;
    Answers answers_;
    std::vector<char> visible_;
    std::uint64_t examined_ = 0;
    std::uint64_t search_limit_ = 0;
    bool have_ = false;
    double best_low_ = 0;
    double best_high_ = 0;
};

} // namespace

QuizStats stats(const Quiz& quiz, const StatsOptions& options) {
    QuizStats result;
    result.questions = static_cast<int>(quiz.questions.size());
    for (const Question& question : quiz.questions) {
        ++(question.kind == QuestionKind::Single ? result.single_questions
                                                 : result.multi_questions);
        result.conditional_questions += question.show_if ? 1 : 0;
        result.skippable_questions += question.skippable ? 1 : 0;
    }
    result.categories = static_cast<int>(quiz.categories.size());
    result.bands = static_cast<int>(quiz.bands.size());
    result.recommendations = static_cast<int>(quiz.recommendations.size());
    result.min_answers.assign(quiz.questions.size(), Answer{});
    result.max_answers.assign(quiz.questions.size(), Answer{});
    Extremes extremes(quiz, options);
    extremes.run(result);
    return result;
}

} // namespace exposure
