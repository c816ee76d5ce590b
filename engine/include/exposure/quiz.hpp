// The quiz model: an immutable, validated description of one quiz in one locale. How its
// points, weights, bands and conditions turn answers into a score: docs/scoring.md.
//
// Built only by load_quiz() (loader.hpp), which resolves every id to an index, so the rest of
// the engine works with indices and never looks a name up twice. Plain data: read it freely.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

inline constexpr int kSchemaVersion = 1; // the only content format this engine reads

// A source a question or recommendation relies on, with the evidence: the passage of that source
// that supports the text it sits under (verbatim, in the source's own language) and when it was
// last checked there.
struct Source {
    std::string title;
    std::string url;
    std::string quote;      // "" when the content gives none (lint warns)
    std::string quote_lang; // the quote's language tag ("en", "zh-Hans"); set with a quote
    std::string checked;    // "YYYY-MM-DD": when the quote was found in the source
};

// A show_if / when condition. A tree: leaves test one question's answer, inner nodes combine.
struct Condition {
    enum class Kind { Is, In, Has, All, Any, Not };
    Kind kind = Kind::Is;
    int question = -1;               // Is, In, Has: index into Quiz::questions
    std::vector<int> options;        // Is, Has: one option index; In: one or more
    std::vector<Condition> children; // All, Any: zero or more; Not: exactly one
};

struct Option {
    std::string id;
    std::string label;
    std::string detail; // optional sub-label, "" when absent
    double points = 0;
    bool exclusive = false; // "None of these": clears the other options and is cleared by them
};

enum class QuestionKind { Single, Multi };

struct Question {
    std::string id;
    int category = -1; // index into Quiz::categories
    QuestionKind kind = QuestionKind::Single;
    std::string prompt;
    std::string help; // why it matters
    std::vector<Source> sources;
    std::vector<Option> options;
    std::optional<double> cap; // multi only
    std::optional<Condition> show_if;
    bool skippable = false;
    double max_points = 0; // derived: max(q) of the scoring model
};

struct Category {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1;
};

struct Band {
    std::string id;
    double max = 100; // the first band with score <= max is the result's band
    std::string title;
    std::string summary;
};

struct Fix {
    int question = -1;
    std::vector<int> options; // single: exactly one; multi: the whole answer (may be empty)
};

struct Recommendation {
    std::string id;
    std::string title;
    std::string body;
    std::optional<Condition> when; // absent: always applies
    std::optional<Fix> fix;
    std::vector<Source> sources;
};

struct Quiz {
    int schema = kSchemaVersion;
    std::string id;
    std::string version;
    std::string locale;
    std::string title;
    std::string intro;
    std::string outro; // "" when absent
    int minutes = 0;   // estimated time to answer; 0 when the content does not say
    std::string
        reviewed; // when the facts were last checked: "YYYY-MM" or "YYYY-MM-DD"; "" when absent
    std::vector<Category> categories;
    std::vector<Question> questions;
    std::vector<Band> bands;
    std::vector<Recommendation> recommendations;
    // The file this quiz's sources are in when its own file leaves them out (the page's quiz
    // files: the sources are needed only under "Why we ask" and in the results, so they come
    // after the first question); attach_sources (loader.hpp) reads it and clears this. "" when
    // the sources are here.
    std::string sources_file;
    std::uint32_t content_hash = 0; // FNV-1a of the source text; format-1 share codes carry it
    // The published version of its package this quiz is (versions.hpp), set by whoever loaded it
    // from there; 0 for a quiz that is no package's. Share codes name it.
    int published = 0;

    // Index of the question with this id, or -1.
    int find_question(std::string_view question_id) const;
};

// Index of the option with this id in the question, or -1.
int find_option(const Question& question, std::string_view option_id);

// The exclusive rule: an exclusive option ("None of these") stands alone in its answer.
// Returns the first exclusive option in `chosen_options` that shares the answer with another
// option, or -1 when the rule holds. Indices out of range are ignored. Every reader of answers
// (answers files, fixes in content, share codes) checks the rule with this.
int exclusive_conflict(const Question& question, const std::vector<int>& chosen_options);
inline bool breaks_exclusive(const Question& question, const std::vector<int>& chosen_options) {
    return exclusive_conflict(question, chosen_options) >= 0;
}

// The options of a multi answer after the reader clicks `option`, keeping the exclusive rule:
// a chosen option is removed; an exclusive one replaces the others; any other is added and
// clears the exclusive ones. The result is sorted and may be empty. Sessions and what-if both
// change answers with this.
std::vector<int> toggle_option(const Question& question, const std::vector<int>& chosen_options,
                               int option);

// How a language says when the facts were checked: its locale's "dates.facts_checked" and
// month names (locale.hpp). In the pattern, {0} is the year, {1} the month's number and {2} its
// name: "Facts checked {2} {0}", "事实核查于{0}年{1}月".
struct DateWords {
    std::string facts_checked;
    std::vector<std::string> month_names; // January..December; may be empty if {2} is not used
};

// "Facts checked December 2026" from the quiz's `reviewed` date in the words given; "" when the
// quiz has no `reviewed` date. The one place that turns the date into words, for the text report
// and the page alike.
std::string facts_checked_line(const Quiz& quiz, const DateWords& words);

} // namespace exposure
