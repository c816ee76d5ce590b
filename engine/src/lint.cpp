// Lint (see analysis.hpp): warnings about content that loads but cannot work as intended.
//
// [SECTION] Satisfiability
// [SECTION] Lint checks
// [SECTION] Lint
//
// Lint: "can this condition ever hold?" enumerates, in content order, the classes of every
// question the condition depends on (directly, or through those questions' own show_if), plus
// "unanswered" (a `not` can hold because something is unanswered). An invisible question has no
// choice to make. A relaxed pass comes first: only the questions the condition names, each free
// to be shown or not; that over-approximates what readers can reach, so "cannot hold" there is
// final, and it spares long show_if chains. Beyond 1e6 combinations for one condition (2e7 for
// one lint call) the answer is "unknown" and no warning is given.
// Answer classes are explained in answer_classes.hpp.
#include "exposure/analysis.hpp"

#include "answer_classes.hpp"
#include "exposure/scoring.hpp"
#include "scoring_detail.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace exposure {

namespace {

using detail::Candidate;
using detail::CandidateList;
using detail::candidates;
using detail::condition_references;
using detail::References;

constexpr std::uint64_t kLintBudget = 1'000'000;       // leaves for one condition
constexpr std::uint64_t kLintTotalBudget = 20'000'000; // leaves for one lint() call

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
// [SECTION] Satisfiability
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

// -------------------------------------------------------------------------------------------
// [SECTION] Lint checks
// -------------------------------------------------------------------------------------------

void warn(std::vector<Diagnostic>& warnings, DiagnosticCode code, std::string pointer,
          std::string message) {
    warnings.push_back(Diagnostic{std::move(pointer), std::move(message), 0, 0, code});
}

// Questions whose show_if can never hold, marked 1 (indexed like Quiz::questions).
std::vector<char> never_shown_questions(const Quiz& quiz, Satisfiability& sat,
                                        std::vector<Diagnostic>& warnings) {
    std::vector<char> never_shown(quiz.questions.size(), 0);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        if (question.show_if && sat.check(*question.show_if) == Truth::Never) {
            never_shown[q] = 1;
            warn(warnings, DiagnosticCode::LintNeverShown,
                 "/questions/" + std::to_string(q) + "/show_if",
                 "question " + quoted(question.id) +
                     " can never be shown: no answers to the questions its show_if depends on "
                     "make it true");
        }
    }
    return never_shown;
}

// Options of a single question that nothing tells apart. Each condition leaf and each fix
// on a question names a set of its options; two options are told apart when some set
// holds exactly one of them.
void alike_options(const Quiz& quiz, std::vector<Diagnostic>& warnings) {
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
                    warn(warnings, DiagnosticCode::LintOptionsAlike,
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
}

// Recommendations that can never apply, or whose fix can never matter.
void idle_recommendations(const Quiz& quiz, Satisfiability& sat,
                          const std::vector<char>& never_shown, std::vector<Diagnostic>& warnings) {
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        const Recommendation& recommendation = quiz.recommendations[r];
        if (recommendation.when && sat.check(*recommendation.when) == Truth::Never) {
            warn(warnings, DiagnosticCode::LintNeverApplies,
                 "/recommendations/" + std::to_string(r) + "/when",
                 "recommendation " + quoted(recommendation.id) +
                     " can never apply: no answers make its when condition true");
        }
        if (recommendation.fix && recommendation.fix->question >= 0 &&
            size(recommendation.fix->question) < quiz.questions.size() &&
            never_shown[size(recommendation.fix->question)]) {
            warn(warnings, DiagnosticCode::LintFixNeverShown,
                 "/recommendations/" + std::to_string(r) + "/fix",
                 "recommendation " + quoted(recommendation.id) + " fixes question " +
                     quoted(quiz.questions[size(recommendation.fix->question)].id) +
                     ", which can never be shown, so its fix never changes the score");
        }
    }
}

// Categories that have no questions or can never score above 0.
void idle_categories(const Quiz& quiz, const std::vector<char>& never_shown,
                     std::vector<Diagnostic>& warnings) {
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
            warn(warnings, DiagnosticCode::LintCategoryEmpty, "/categories/" + std::to_string(c),
                 "category " + id + " has no questions, so it is never assessed");
        } else if (!can_score) {
            warn(warnings, DiagnosticCode::LintCategoryNeverScores,
                 "/categories/" + std::to_string(c),
                 "category " + id +
                     " can never score above 0: every option of its questions that can be "
                     "shown is worth 0 points");
        }
    }
}

// A source is evidence only with the passage that supports the text it sits under: a reader (and
// a fact-checker) can see the claim is the source's, not ours.
void unquoted_sources(const std::vector<Source>& sources, const std::string& pointer,
                      std::vector<Diagnostic>& warnings) {
    for (std::size_t s = 0; s < sources.size(); ++s) {
        if (sources[s].quote.empty()) {
            warn(warnings, DiagnosticCode::LintSourceWithoutQuote,
                 pointer + "/sources/" + std::to_string(s),
                 "source " + quoted(sources[s].title.empty() ? sources[s].url : sources[s].title) +
                     " has no quote: add the passage that supports the text above it (quote, "
                     "quote_lang, checked)");
        }
    }
}

void unquoted_sources(const Quiz& quiz, std::vector<Diagnostic>& warnings) {
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        unquoted_sources(quiz.questions[q].sources, "/questions/" + std::to_string(q), warnings);
    }
    for (std::size_t r = 0; r < quiz.recommendations.size(); ++r) {
        unquoted_sources(quiz.recommendations[r].sources, "/recommendations/" + std::to_string(r),
                         warnings);
    }
}

} // namespace

// -------------------------------------------------------------------------------------------
// [SECTION] Lint
// -------------------------------------------------------------------------------------------

std::vector<Diagnostic> lint(const Quiz& quiz) {
    std::vector<Diagnostic> warnings;
    Satisfiability sat(quiz);
    const std::vector<char> never_shown = never_shown_questions(quiz, sat, warnings);
    alike_options(quiz, warnings);
    idle_recommendations(quiz, sat, never_shown, warnings);
    idle_categories(quiz, never_shown, warnings);
    unquoted_sources(quiz, warnings);
    return warnings;
}

} // namespace exposure
