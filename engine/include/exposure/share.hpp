// Share codes: a compact, URL-fragment-safe (base64url) text that reproduces a session. The
// format and every check decoding makes are described in docs/scoring.md ("Share codes").
//
// Layout (format 3): format version, quiz id hash, the published version of the quiz it was made
// on (versions.hpp), the structure hash, then the answers and the reader's plan (plan.hpp). The
// structure hash covers what answers and scores depend on and none of the wording, so one code
// opens in every language of a quiz. decode_share() trusts nothing: truncated, garbled, oversized,
// wrong-quiz or wrong-version codes give a Diagnostic that says which, in words and as a
// DiagnosticCode (ShareMalformed, ShareDamaged, ShareOtherVersion, ShareOtherQuiz,
// ShareInvalidAnswers), never a crash.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/plan.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace exposure {

// Format 3 names the published version and carries structure_hash. Formats 2 (scoring_hash, the
// first published pages) and 1 (before translations: Quiz::content_hash, the hash of the file's
// raw bytes) still decode against the quiz they were made on: the frozen version 1 of a package
// (versions.hpp). encode_share always writes format 3.
inline constexpr int kShareFormatVersion = 3;
inline constexpr std::size_t kMaxShareCodeLength = 4096;

// FNV-1a 32 of what answers and scores depend on, the same for every translation of a quiz: id;
// each category's id and weight; each question's id, category, kind, skippable, cap and show_if,
// and each option's id, points and exclusive; each band's id and max; each recommendation's id,
// when and fix; all in content order. No text (titles, prompts, labels, ...), locale, minutes,
// reviewed or sources. docs/scoring.md ("Share codes") gives the bytes.
std::uint32_t structure_hash(const Quiz& quiz);
// The same with the content's schema and version fields first: what share format 2 carries.
std::uint32_t scoring_hash(const Quiz& quiz);

// What a result link carries: the answers and the reader's plan. Codes of formats 1 and 2, and
// format-3 codes without a plan section, decode to an empty plan.
struct SharedResult {
    Answers answers;
    Plan plan; // as long as Quiz::recommendations when the code has a plan, else empty

    bool operator==(const SharedResult&) const = default;
};

// Writes the plan section only when something is ticked, so a code without a plan is the same
// whether it was made with an empty plan or none. Ticks past the last recommendation are left
// out (encoding never fails).
std::string encode_share(const Quiz& quiz, const Answers& answers, const Plan& plan);
Outcome<SharedResult> decode_shared_result(const Quiz& quiz, std::string_view code);

// The answers alone: a code without a plan, and a code's answers with its plan set aside.
std::string encode_share(const Quiz& quiz, const Answers& answers);
Outcome<Answers> decode_share(const Quiz& quiz, std::string_view code);

// What a share code says of the quiz it was made on, before any quiz is at hand: enough to find
// the published version to decode it with (version_of_share in versions.hpp). The checks are
// those of decode_share up to the header: a code that fails them is malformed, damaged or of an
// unknown format.
struct ShareHeader {
    int format = 0;         // 1, 2 or 3
    std::uint32_t quiz = 0; // FNV-1a 32 of the quiz id
    int version = 0;        // format 3: the published version (0: an unpublished quiz)
    std::uint32_t hash = 0; // format 3: structure hash; 2: scoring hash; 1: content hash
};
Outcome<ShareHeader> read_share_header(std::string_view code);

} // namespace exposure
