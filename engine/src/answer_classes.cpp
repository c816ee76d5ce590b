// Answer classes (see answer_classes.hpp).
#include "answer_classes.hpp"

#include "exposure/scoring.hpp"

#include <algorithm>
#include <cstddef>
#include <set>
#include <tuple>
#include <utility>

namespace exposure::detail {

namespace {

constexpr std::size_t kMaxReferencedBits = 16; // named non-exclusive options of one multi
constexpr std::size_t kMaxSums = 4096;         // distinct point sums of unnamed options
constexpr std::size_t kMaxCandidates = 1u << 16;

std::size_t size(int index) {
    return static_cast<std::size_t>(index);
}

// Distinct point sums of non-empty subsets of `options`, one subset each (all sums are 0
// without use_points). Beyond kMaxSums, `complete` becomes false and the rest are dropped.
std::vector<std::pair<double, std::vector<int>>> point_sums(const Question& question,
                                                            const std::vector<int>& options,
                                                            bool use_points, bool& complete) {
    std::vector<std::pair<double, std::vector<int>>> sums;
    for (int o : options) {
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
            complete = false;
        }
    }
    return sums;
}

} // namespace

References::References(const Quiz& quiz) : questions(quiz.questions.size(), 0) {
    for (const Question& question : quiz.questions) {
        options.emplace_back(question.options.size(), 0);
    }
}
void References::add(const Condition& condition) {
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
    const std::vector<std::pair<double, std::vector<int>>> sums =
        point_sums(question, unnamed_free, use_points, list.complete);
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

} // namespace exposure::detail
