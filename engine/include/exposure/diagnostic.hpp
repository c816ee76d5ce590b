// Diagnostics: how the engine reports problems without exceptions.
//
// Every fallible engine call returns its value together with a list of Diagnostics, so a caller
// can show *all* problems at once (a content author fixing a file wants the whole list, not the
// first error). Positions are for people: a JSON pointer into the document, plus the line and
// column when the problem is tied to a place in the text (syntax errors, bad values).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exposure {

// What kind of problem a Diagnostic is, for programs: the page picks its wording by code, never
// by searching the English message. Each has a stable kebab-case name (diagnostic_code_name).
enum class DiagnosticCode {
    // Reading JSON text (content and answers files).
    JsonSyntax,      // json-syntax: not JSON, or a number out of range
    DuplicateKey,    // duplicate-key: an object repeats a key
    LimitExceeded,   // limit-exceeded: too large, too deep, too long or too many (LoadLimits)
    TooManyProblems, // too-many-problems: the list was cut; the problems before it are shown
    // The document's shape and values (content and answers files).
    UnsupportedSchema, // unsupported-schema: content in a format this engine does not read
    WrongType,         // wrong-type: e.g. a string where a number belongs
    MissingField,      // missing-field: a required key is absent
    UnknownKey,        // unknown-key: a key the format does not have
    InvalidValue,      // invalid-value: the right type, but it breaks a rule of the format
    DuplicateId,       // duplicate-id: two categories, questions, options, ... share an id
    UnknownReference,  // unknown-reference: an id that names no question, option or category
    ForwardReference,  // forward-reference: a show_if names its own or a later question
    ExclusiveNotAlone, // exclusive-not-alone: an exclusive option chosen with other options
    // Lint warnings (analysis.hpp): content that loads but cannot work as intended.
    LintNeverShown,          // lint-never-shown: a question whose show_if can never hold
    LintOptionsAlike,        // lint-options-alike: options nothing tells apart
    LintNeverApplies,        // lint-never-applies: a recommendation whose when can never hold
    LintFixNeverShown,       // lint-fix-never-shown: a fix on a question that is never shown
    LintCategoryEmpty,       // lint-category-empty: a category without questions
    LintCategoryNeverScores, // lint-category-never-scores: a category that always scores 0
    LintSourceWithoutQuote,  // lint-source-without-quote: a source with no supporting quote
    // Translations of a quiz (translation.hpp) and locale files (locale.hpp).
    TranslationMissing,      // translation-missing: a text or word the language does not have
    TranslationExtra,        // translation-extra: an entry for a text the quiz does not have
    TranslationStale,        // translation-stale: it translates an earlier source text
    TranslationUntranslated, // translation-untranslated: the source text left as it is
    // Published versions of a quiz (versions.hpp).
    VersionUnpublished, // version-unpublished: the structure differs from the latest version
    VersionEdited,      // version-edited: a frozen version is not what the tool wrote
    // Share codes (share.hpp).
    ShareMalformed,      // share-malformed: not a share code: empty, bad characters, bad length
    ShareDamaged,        // share-damaged: the checksum fails
    ShareOtherVersion,   // share-other-version: a share format this build does not read
    ShareOtherQuiz,      // share-other-quiz: made for another quiz or another version of this one
    ShareInvalidAnswers, // share-invalid-answers: decodes, but the answers break a rule
    // New codes go above; ShareInvalidAnswers stays last (diagnostic.cpp checks its name table
    // against it).
};

// "json-syntax", "share-other-quiz", ...: stable names for logs, tests and the page.
std::string_view diagnostic_code_name(DiagnosticCode code);

struct Diagnostic {
    std::string pointer; // JSON pointer ("/questions/4/show_if/q"), "" for the whole document
    std::string message; // what is wrong and, where it helps, what to do
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;      // 1-based; 0 when unknown
    // Every Diagnostic the engine makes sets this; the default only keeps hand-made ones (tests)
    // well defined.
    DiagnosticCode code = DiagnosticCode::InvalidValue;
};

// "FILE:LINE:COL: /pointer: message", leaving out the parts that are unknown.
std::string format_diagnostic(std::string_view file, const Diagnostic& diagnostic);

// A value, or the reasons there is none. Warnings may accompany a value.
template <typename T>
struct Outcome {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return value.has_value(); }
};

} // namespace exposure
