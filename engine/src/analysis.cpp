// Analysis: lint and stats (see analysis.hpp).
//
// [SECTION] Method
// [SECTION] References and candidate answers
// [SECTION] Satisfiability (lint)
// [SECTION] Lint
// [SECTION] Leaf solver (stats)
// [SECTION] Stats: enumeration and search
//
// -------------------------------------------------------------------------------------------
// [SECTION] Method
// -------------------------------------------------------------------------------------------
//
// Conditions only ever look at which options are chosen, and only at the options they name.
// So for a question, two answers that choose the same *named* options (and agree on whether
// they are a single option, which `is` on a multi question tests) behave the same in every
// condition; for stats they must also score the same points. Candidate lists keep one answer
// per such class, which makes exhaustive enumeration small where a naive one would explode
// (a 10-option multi has 1023 answers but usually a handful of classes).
//
// Lint: "can this condition ever hold?" enumerates, in content order, the classes of every
// question the condition depends on (directly, or through those questions' own show_if), plus
// "unanswered" (a `not` can hold because something is unanswered). An invisible question has no
// choice to make. A relaxed pass comes first: only the questions the condition names, each free
// to be shown or not; that over-approximates what readers can reach, so "cannot hold" there is
// final, and it spares long show_if chains. Beyond 1e6 combinations for one condition (2e7 for
// one lint call) the answer is "unknown" and no warning is given.
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
#include "exposure/analysis.hpp"

#include "exposure/scoring.hpp"
#include "scoring_detail.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace exposure {

namespace {

constexpr std::uint64_t kLintBudget = 1'000'000;       // leaves for one condition
constexpr std::uint64_t kLintTotalBudget = 20'000'000; // leaves for one lint() call
constexpr double kSearchBudget = 1e7;                  // question visits for one stats() search
constexpr std::size_t kMaxReferencedBits = 16;         // named non-exclusive options of one multi
constexpr std::size_t kMaxSums = 4096;                 // distinct point sums of unnamed options
constexpr std::size_t kMaxCandidates = 1u << 16;

std::size_t size(int index) {
    return static_cast<std::size_t>(index);
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string quoted(const std::string& id) {
    return "'" + id + "'";
}

// -------------------------------------------------------------------------------------------
// [SECTION] References and candidate answers
// -------------------------------------------------------------------------------------------

// Which options (per question) and which questions some condition names.
struct References {
    std::vector<std::vector<char>> options;
    std::vector<char> questions;

    explicit References(const Quiz& quiz) : questions(quiz.questions.size(), 0) {
        for (const Question& question : quiz.questions) {
            options.emplace_back(question.options.size(), 0);
        }
    }
    void add(const Condition& condition) {
        if (condition.question >= 0 && size(condition.question) < questions.size()) {
            questions[size(condition.question)] = 1;
            std::vector<char>& mask = options[size(condition.question)];
            for (int o : condition.options) {
                if (o >= 0 && size(o) < mask.size()) {
                    mask[size(o)] = 1;
                }
            }
        }
        for (const Condition& child : condition.children) {
            add(child);
        }
    }
};

References show_if_references(const Quiz& quiz) {
    References refs(quiz);
    for (const Question& question : quiz.questions) {
        if (question.show_if) {
            refs.add(*question.show_if);
        }
    }
    return refs;
}

References condition_references(const Quiz& quiz) {
    References refs = show_if_references(quiz);
    for (const Recommendation& recommendation : quiz.recommendations) {
        if (recommendation.when) {
            refs.add(*recommendation.when);
        }
    }
    return refs;
}

struct Candidate {
    Answer answer;
    double points = 0;
};

struct CandidateList {
    std::vector<Candidate> items;
    bool complete = true; // false: too many classes, only some are listed
};

// One answer per class (see Method). `named`: the options conditions name. With use_points,
// answers with different points are different classes too.
CandidateList candidates(const Question& question, const std::vector<char>& named,
                         bool use_points) {
    CandidateList list;
    using Key = std::tuple<double, std::vector<int>, bool>;
    std::set<Key> seen;
    auto add = [&](std::vector<int> options) {
        std::sort(options.begin(), options.end());
        Answer answer{Answer::State::Chosen, std::move(options)};
        const double points = question_points(question, answer);
        std::vector<int> named_part;
        for (int o : answer.options) {
            if (named[size(o)]) {
                named_part.push_back(o);
            }
        }
        const bool single = answer.options.size() == 1 && named_part.size() == 1;
        if (seen.size() >= kMaxCandidates) {
            list.complete = false;
            return;
        }
        if (seen.insert(Key{use_points ? points : 0.0, std::move(named_part), single}).second) {
            list.items.push_back({std::move(answer), points});
        }
    };
    const int count = static_cast<int>(question.options.size());
    if (question.kind == QuestionKind::Single) {
        for (int o = 0; o < count; ++o) {
            add({o});
        }
        return list;
    }
    std::vector<int> named_free;   // named, non-exclusive
    std::vector<int> unnamed_free; // not named, non-exclusive
    for (int o = 0; o < count; ++o) {
        const Option& option = question.options[size(o)];
        if (option.exclusive) {
            add({o});
        } else if (named[size(o)]) {
            named_free.push_back(o);
        } else {
            unnamed_free.push_back(o);
        }
    }
    if (named_free.size() > kMaxReferencedBits) {
        named_free.resize(kMaxReferencedBits);
        list.complete = false;
    }
    // Distinct point sums of non-empty subsets of the unnamed options, one subset each.
    std::vector<std::pair<double, std::vector<int>>> sums;
    for (int o : unnamed_free) {
        const double p = use_points ? question.options[size(o)].points : 0.0;
        std::vector<std::pair<double, std::vector<int>>> grown = sums;
        grown.push_back({p, {o}});
        for (const auto& [sum, subset] : sums) {
            std::vector<int> with = subset;
            with.push_back(o);
            grown.push_back({sum + p, std::move(with)});
        }
        sums.clear();
        for (auto& entry : grown) {
            const bool known = std::any_of(sums.begin(), sums.end(),
                                           [&](const auto& s) { return s.first == entry.first; });
            if (!known) {
                sums.push_back(std::move(entry));
            }
        }
        if (sums.size() > kMaxSums) {
            sums.resize(kMaxSums);
            list.complete = false;
        }
    }
    const std::size_t subsets = std::size_t{1} << named_free.size();
    for (std::size_t mask = 0; mask < subsets; ++mask) {
        std::vector<int> base;
        for (std::size_t bit = 0; bit < named_free.size(); ++bit) {
            if ((mask >> bit & 1u) != 0) {
                base.push_back(named_free[bit]);
            }
        }
        if (!base.empty()) {
            add(base);
        }
        for (const auto& [sum, subset] : sums) {
            std::vector<int> options = base;
            options.insert(options.end(), subset.begin(), subset.end());
            add(std::move(options));
        }
    }
    return list;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Satisfiability (lint)
// -------------------------------------------------------------------------------------------

enum class Truth { Never, Possible, Unknown };

class Satisfiability {
public:
    explicit Satisfiability(const Quiz& quiz)
        : quiz_(quiz), refs_(condition_references(quiz)), lists_(quiz.questions.size()),
          listed_(quiz.questions.size(), 0) {}

    // Can `condition` hold for some answers (unanswered included)? First a relaxed pass over
    // only the questions the condition names, each free to be shown or not: if the condition
    // cannot hold even then, it never can (and long show_if chains cost nothing). Otherwise
    // the exact pass, through the show_if conditions those questions depend on.
    Truth check(const Condition& condition) {
        std::vector<char> needed(quiz_.questions.size(), 0);
        mark(condition, needed);
        if (run(condition, needed, true) == Truth::Never) {
            return Truth::Never;
        }
        for (std::size_t q = needed.size(); q-- > 0;) {
            if (needed[q] && quiz_.questions[q].show_if) {
                mark(*quiz_.questions[q].show_if, needed);
            }
        }
        return run(condition, needed, false);
    }

private:
    Truth run(const Condition& condition, const std::vector<char>& needed, bool relaxed) {
        relaxed_ = relaxed;
        order_.clear();
        bool complete = true;
        for (std::size_t q = 0; q < needed.size(); ++q) {
            if (needed[q]) {
                order_.push_back(static_cast<int>(q));
                complete = complete && list(static_cast<int>(q)).complete;
            }
        }
        answers_.assign(quiz_.questions.size(), Answer{});
        visible_.assign(quiz_.questions.size(), 0);
        leaves_ = 0;
        limit_ = std::min(kLintBudget, kLintTotalBudget - std::min(kLintTotalBudget, spent_));
        const bool found = search(0, condition);
        spent_ += leaves_;
        if (found) {
            return Truth::Possible;
        }
        return complete && leaves_ <= limit_ ? Truth::Never : Truth::Unknown;
    }

    void mark(const Condition& condition, std::vector<char>& needed) const {
        if (condition.question >= 0 && size(condition.question) < needed.size()) {
            needed[size(condition.question)] = 1;
        }
        for (const Condition& child : condition.children) {
            mark(child, needed);
        }
    }

    const CandidateList& list(int q) {
        if (!listed_[size(q)]) {
            lists_[size(q)] = candidates(quiz_.questions[size(q)], refs_.options[size(q)], false);
            listed_[size(q)] = 1;
        }
        return lists_[size(q)];
    }

    bool search(std::size_t depth, const Condition& condition) {
        if (leaves_ > limit_) {
            return false;
        }
        if (depth == order_.size()) {
            ++leaves_;
            return detail::evaluate(quiz_, answers_, visible_, condition);
        }
        const int q = order_[depth];
        const Question& question = quiz_.questions[size(q)];
        visible_[size(q)] = relaxed_ || !question.show_if ||
                            detail::evaluate(quiz_, answers_, visible_, *question.show_if);
        answers_[size(q)] = Answer{};
        if (search(depth + 1, condition)) {
            return true;
        }
        if (visible_[size(q)]) {
            for (const Candidate& candidate : list(q).items) {
                answers_[size(q)] = candidate.answer;
                if (search(depth + 1, condition)) {
                    return true;
                }
            }
        }
        answers_[size(q)] = Answer{};
        return false;
    }

    const Quiz& quiz_;
    References refs_;
    std::vector<CandidateList> lists_;
    std::vector<char> listed_;
    std::vector<int> order_;
    Answers answers_;
    std::vector<char> visible_;
    bool relaxed_ = false;
    std::uint64_t leaves_ = 0; // for the current condition
    std::uint64_t limit_ = 0;  // for the current condition
    std::uint64_t spent_ = 0;  // over all conditions so far
};

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] Lint
// -------------------------------------------------------------------------------------------

std::vector<Diagnostic> lint(const Quiz& quiz) {
    std::vector<Diagnostic> warnings;
    auto warn = [&](DiagnosticCode code, std::string pointer, std::string message) {
        warnings.push_back(Diagnostic{std::move(pointer), std::move(message), 0, 0, code});
    };
    Satisfiability sat(quiz);

    // Questions that can never be shown.
    std::vector<char> never_shown(quiz.questions.size(), 0);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        if (question.show_if && sat.check(*question.show_if) == Truth::Never) {
            never_shown[q] = 1;
            warn(DiagnosticCode::LintNeverShown, "/questions/" + std::to_string(q) + "/show_if",
                 "question " + quoted(question.id) +
                     " can never be shown: no answers to the questions its show_if depends on "
                     "make it true");
        }
    }

    // Options of a single question that nothing tells apart. Each condition leaf and each fix
    // on a question names a set of its options; two options are told apart when some set
    // holds exactly one of them.
    std::vector<std::vector<std::vector<int>>> named_sets(quiz.questions.size());
    auto collect = [&](auto&& self, const Condition& condition) -> void {
        if (condition.question >= 0 && size(condition.question) < quiz.questions.size()) {
            named_sets[size(condition.question)].push_back(condition.options);
        }
        for (const Condition& child : condition.children) {
            self(self, child);
        }
    };
    for (const Question& question : quiz.questions) {
        if (question.show_if) {
            collect(collect, *question.show_if);
        }
    }
    for (const Recommendation& recommendation : quiz.recommendations) {
        if (recommendation.when) {
            collect(collect, *recommendation.when);
        }
        if (recommendation.fix && recommendation.fix->question >= 0 &&
            size(recommendation.fix->question) < quiz.questions.size()) {
            named_sets[size(recommendation.fix->question)].push_back(recommendation.fix->options);
        }
    }
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        if (question.kind != QuestionKind::Single) {
            continue; // in a checklist, equal points for different facts are expected
        }
        for (std::size_t b = 1; b < question.options.size(); ++b) {
            for (std::size_t a = 0; a < b; ++a) {
                if (question.options[a].points != question.options[b].points) {
                    continue;
                }
                const bool told_apart =
                    std::any_of(named_sets[q].begin(), named_sets[q].end(), [&](const auto& set) {
                        return detail::contains(set, static_cast<int>(a)) !=
                               detail::contains(set, static_cast<int>(b));
                    });
                if (!told_apart) {
                    warn(DiagnosticCode::LintOptionsAlike,
                         "/questions/" + std::to_string(q) + "/options/" + std::to_string(b),
                         "option " + quoted(question.options[b].id) + " of question " +
                             quoted(question.id) + " cannot be told apart from option " +
                             quoted(question.options[a].id) + ": both are worth " +
                             number(question.options[a].points) +
                             " points and no condition or fix names one without the other");
                    break;
                }
            }
        }
    }

    // Recommendations that can never apply, or whose fix can never matter.
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        const Recommendation& recommendation = quiz.recommendations[r];
        if (recommendation.when && sat.check(*recommendation.when) == Truth::Never) {
            warn(DiagnosticCode::LintNeverApplies,
                 "/recommendations/" + std::to_string(r) + "/when",
                 "recommendation " + quoted(recommendation.id) +
                     " can never apply: no answers make its when condition true");
        }
        if (recommendation.fix && recommendation.fix->question >= 0 &&
            size(recommendation.fix->question) < quiz.questions.size() &&
            never_shown[size(recommendation.fix->question)]) {
            warn(DiagnosticCode::LintFixNeverShown,
                 "/recommendations/" + std::to_string(r) + "/fix",
                 "recommendation " + quoted(recommendation.id) + " fixes question " +
                     quoted(quiz.questions[size(recommendation.fix->question)].id) +
                     ", which can never be shown, so its fix never changes the score");
        }
    }

    // Categories that can never score above 0.
    for (std::size_t c = 0; c < quiz.categories.size(); ++c) {
        bool has_questions = false;
        bool can_score = false;
        for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
            const Question& question = quiz.questions[q];
            if (size(question.category) != c || question.category < 0) {
                continue;
            }
            has_questions = true;
            const bool positive =
                std::any_of(question.options.begin(), question.options.end(),
                            [](const Option& option) { return option.points > 0; });
            can_score = can_score || (!never_shown[q] && question.max_points > 0 && positive);
        }
        const std::string id = quoted(quiz.categories[c].id);
        if (!has_questions) {
            warn(DiagnosticCode::LintCategoryEmpty, "/categories/" + std::to_string(c),
                 "category " + id + " has no questions, so it is never assessed");
        } else if (!can_score) {
            warn(DiagnosticCode::LintCategoryNeverScores, "/categories/" + std::to_string(c),
                 "category " + id +
                     " can never score above 0: every option of its questions that can be "
                     "shown is worth 0 points");
        }
    }
    return warnings;
}

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Leaf solver (stats)
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

// Solves the free questions exactly for fixed structural answers (see Method).
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
        const std::size_t categories = quiz_.categories.size();
        base_.assign(categories, {0.0, 0.0});
        optional_.assign(categories, {});
        if (witness != nullptr) {
            *witness = answers;
        }
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

        // Per category: the best ratio when assessed, and whether it may be left unassessed.
        struct Choice {
            bool assessable = false;
            bool omittable = false;
            double score = 0;
            std::size_t take = 0; // optional items answered (a prefix of the sorted list)
        };
        std::vector<Choice> choices(categories);
        for (std::size_t c = 0; c < categories; ++c) {
            auto& items = optional_[c];
            std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
                return maximize ? a.p * b.m > b.p * a.m : a.p * b.m < b.p * a.m;
            });
            auto [earned, possible] = base_[c];
            Choice& choice = choices[c];
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

        // Which optional categories to include: a prefix of them sorted by score.
        double weighted = 0;
        double weights = 0;
        std::vector<std::size_t> optional_categories;
        for (std::size_t c = 0; c < categories; ++c) {
            if (!choices[c].assessable) {
                continue;
            }
            if (choices[c].omittable) {
                optional_categories.push_back(c);
            } else {
                weighted += quiz_.categories[c].weight * choices[c].score;
                weights += quiz_.categories[c].weight;
            }
        }
        std::sort(optional_categories.begin(), optional_categories.end(),
                  [&](std::size_t a, std::size_t b) {
                      return maximize ? choices[a].score > choices[b].score
                                      : choices[a].score < choices[b].score;
                  });
        double best = weights > 0 ? weighted / weights : 0;
        std::size_t best_take = 0;
        for (std::size_t k = 0; k < optional_categories.size(); ++k) {
            const std::size_t c = optional_categories[k];
            weighted += quiz_.categories[c].weight * choices[c].score;
            weights += quiz_.categories[c].weight;
            const double value = weighted / weights;
            if (maximize ? value > best : value < best) {
                best = value;
                best_take = k + 1;
            }
        }

        if (witness != nullptr) {
            std::vector<char> included(categories, 0);
            for (std::size_t c = 0; c < categories; ++c) {
                included[c] = choices[c].assessable && !choices[c].omittable ? 1 : 0;
            }
            for (std::size_t k = 0; k < best_take; ++k) {
                included[optional_categories[k]] = 1;
            }
            for (std::size_t c = 0; c < categories; ++c) {
                const auto& items = optional_[c];
                for (std::size_t k = 0; k < items.size(); ++k) {
                    const FreeQuestion& info = free_[size(items[k].question)];
                    (*witness)[size(items[k].question)] =
                        included[c] && k < choices[c].take
                            ? (maximize ? info.high_answer : info.low_answer)
                            : Answer{Answer::State::Skipped, {}};
                }
            }
        }
        return std::clamp(best, 0.0, 100.0);
    }

private:
    struct Item {
        double p = 0;
        double m = 0;
        int question = -1;
    };

    const Quiz& quiz_;
    std::vector<char> structural_;
    std::vector<FreeQuestion> free_;
    std::vector<std::pair<double, double>> base_;
    std::vector<std::vector<Item>> optional_;
};

// -------------------------------------------------------------------------------------------
// [SECTION] Stats: enumeration and search
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
