// Share codes: a compact, URL-fragment-safe (base64url) text that reproduces a session. The
// format and every check decoding makes are described in docs/scoring.md ("Share codes").
//
// Layout: format version, quiz id hash, content hash, then the answers. decode_share() trusts
// nothing: truncated, garbled, oversized, wrong-quiz or wrong-version codes give a Diagnostic
// that says which, in words and as a DiagnosticCode (ShareMalformed, ShareDamaged,
// ShareOtherVersion, ShareOtherQuiz, ShareInvalidAnswers), never a crash.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace exposure {

inline constexpr int kShareFormatVersion = 1;
inline constexpr std::size_t kMaxShareCodeLength = 4096;

std::string encode_share(const Quiz& quiz, const Answers& answers);
Outcome<Answers> decode_share(const Quiz& quiz, std::string_view code);

} // namespace exposure
