// Diagnostic code names, and format_diagnostic: "FILE:LINE:COL: /pointer: message", leaving out
// the parts that are unknown.
#include "exposure/diagnostic.hpp"

namespace exposure {

std::string_view diagnostic_code_name(DiagnosticCode code) {
    switch (code) {
    case DiagnosticCode::JsonSyntax:
        return "json-syntax";
    case DiagnosticCode::DuplicateKey:
        return "duplicate-key";
    case DiagnosticCode::LimitExceeded:
        return "limit-exceeded";
    case DiagnosticCode::TooManyProblems:
        return "too-many-problems";
    case DiagnosticCode::UnsupportedSchema:
        return "unsupported-schema";
    case DiagnosticCode::WrongType:
        return "wrong-type";
    case DiagnosticCode::MissingField:
        return "missing-field";
    case DiagnosticCode::UnknownKey:
        return "unknown-key";
    case DiagnosticCode::InvalidValue:
        return "invalid-value";
    case DiagnosticCode::DuplicateId:
        return "duplicate-id";
    case DiagnosticCode::UnknownReference:
        return "unknown-reference";
    case DiagnosticCode::ForwardReference:
        return "forward-reference";
    case DiagnosticCode::ExclusiveNotAlone:
        return "exclusive-not-alone";
    case DiagnosticCode::LintNeverShown:
        return "lint-never-shown";
    case DiagnosticCode::LintOptionsAlike:
        return "lint-options-alike";
    case DiagnosticCode::LintNeverApplies:
        return "lint-never-applies";
    case DiagnosticCode::LintFixNeverShown:
        return "lint-fix-never-shown";
    case DiagnosticCode::LintCategoryEmpty:
        return "lint-category-empty";
    case DiagnosticCode::LintCategoryNeverScores:
        return "lint-category-never-scores";
    case DiagnosticCode::ShareMalformed:
        return "share-malformed";
    case DiagnosticCode::ShareDamaged:
        return "share-damaged";
    case DiagnosticCode::ShareOtherVersion:
        return "share-other-version";
    case DiagnosticCode::ShareOtherQuiz:
        return "share-other-quiz";
    case DiagnosticCode::ShareInvalidAnswers:
        return "share-invalid-answers";
    }
    return "unknown";
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
