// Diagnostic code names, and format_diagnostic: "FILE:LINE:COL: /pointer: message", leaving out
// the parts that are unknown.
#include "exposure/diagnostic.hpp"

#include <array>
#include <cstddef>

namespace exposure {

namespace {

struct CodeName {
    DiagnosticCode code;
    std::string_view name;
};

// One row per DiagnosticCode, in the enum's order, so a code's row is at its own index.
constexpr std::array kCodeNames{
    CodeName{DiagnosticCode::JsonSyntax, "json-syntax"},
    CodeName{DiagnosticCode::DuplicateKey, "duplicate-key"},
    CodeName{DiagnosticCode::LimitExceeded, "limit-exceeded"},
    CodeName{DiagnosticCode::TooManyProblems, "too-many-problems"},
    CodeName{DiagnosticCode::UnsupportedSchema, "unsupported-schema"},
    CodeName{DiagnosticCode::WrongType, "wrong-type"},
    CodeName{DiagnosticCode::MissingField, "missing-field"},
    CodeName{DiagnosticCode::UnknownKey, "unknown-key"},
    CodeName{DiagnosticCode::InvalidValue, "invalid-value"},
    CodeName{DiagnosticCode::DuplicateId, "duplicate-id"},
    CodeName{DiagnosticCode::UnknownReference, "unknown-reference"},
    CodeName{DiagnosticCode::ForwardReference, "forward-reference"},
    CodeName{DiagnosticCode::ExclusiveNotAlone, "exclusive-not-alone"},
    CodeName{DiagnosticCode::LintNeverShown, "lint-never-shown"},
    CodeName{DiagnosticCode::LintOptionsAlike, "lint-options-alike"},
    CodeName{DiagnosticCode::LintNeverApplies, "lint-never-applies"},
    CodeName{DiagnosticCode::LintFixNeverShown, "lint-fix-never-shown"},
    CodeName{DiagnosticCode::LintCategoryEmpty, "lint-category-empty"},
    CodeName{DiagnosticCode::LintCategoryNeverScores, "lint-category-never-scores"},
    CodeName{DiagnosticCode::LintSourceWithoutQuote, "lint-source-without-quote"},
    CodeName{DiagnosticCode::TranslationMissing, "translation-missing"},
    CodeName{DiagnosticCode::TranslationExtra, "translation-extra"},
    CodeName{DiagnosticCode::TranslationStale, "translation-stale"},
    CodeName{DiagnosticCode::TranslationUntranslated, "translation-untranslated"},
    CodeName{DiagnosticCode::VersionUnpublished, "version-unpublished"},
    CodeName{DiagnosticCode::VersionEdited, "version-edited"},
    CodeName{DiagnosticCode::ShareMalformed, "share-malformed"},
    CodeName{DiagnosticCode::ShareDamaged, "share-damaged"},
    CodeName{DiagnosticCode::ShareOtherVersion, "share-other-version"},
    CodeName{DiagnosticCode::ShareOtherQuiz, "share-other-quiz"},
    CodeName{DiagnosticCode::ShareInvalidAnswers, "share-invalid-answers"},
};

constexpr bool rows_in_enum_order() {
    for (std::size_t i = 0; i < kCodeNames.size(); ++i) {
        if (static_cast<std::size_t>(kCodeNames[i].code) != i) {
            return false;
        }
    }
    return true;
}

static_assert(kCodeNames.size() ==
                  static_cast<std::size_t>(DiagnosticCode::ShareInvalidAnswers) + 1,
              "kCodeNames needs a row for every DiagnosticCode");
static_assert(rows_in_enum_order(), "kCodeNames rows must follow the order of DiagnosticCode");

} // namespace

std::string_view diagnostic_code_name(DiagnosticCode code) {
    const auto index = static_cast<std::size_t>(code);
    return index < kCodeNames.size() ? kCodeNames[index].name : "unknown";
}

std::string format_diagnostic(std::string_view file, const Diagnostic& diagnostic) {
    std::string location(file);
    if (diagnostic.line > 0) {
        if (!location.empty()) {
            location.push_back(':');
        }
        location.append(std::to_string(diagnostic.line));
        if (diagnostic.column > 0) {
            location.push_back(':');
            location.append(std::to_string(diagnostic.column));
        }
    }
    std::string result = location;
    if (!result.empty()) {
        result.append(": ");
    }
    if (!diagnostic.pointer.empty()) {
        result.append(diagnostic.pointer);
        result.append(": ");
    }
    result.append(diagnostic.message);
    return result;
}

} // namespace exposure
