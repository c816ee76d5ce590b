// Share codes: a compact, URL-fragment-safe (base64url) text that reproduces a session. The
// format and every check decoding makes are described in docs/scoring.md ("Share codes").
//
// Layout: format version, quiz id hash, scoring hash, then the answers. The scoring hash covers
// what answers and scores depend on and none of the wording, so one code opens on every locale
// of a quiz (content/wechat.en.json, wechat.zh-Hans.json, ...). decode_share() trusts
// nothing: truncated, garbled, oversized, wrong-quiz or wrong-version codes give a Diagnostic
// that says which, in words and as a DiagnosticCode (ShareMalformed, ShareDamaged,
// ShareOtherVersion, ShareOtherQuiz, ShareInvalidAnswers), never a crash.
#pragma once

#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace exposure {

// Format 2 carries scoring_hash. Format 1 (before translations) carried Quiz::content_hash, the
// hash of the file's raw bytes: decode_share still reads it, against the very file it was made
// on. encode_share always writes format 2.
inline constexpr int kShareFormatVersion = 2;
inline constexpr std::size_t kMaxShareCodeLength = 4096;

// FNV-1a 32 of the quiz's scoring structure, the same for every translation of a quiz: schema,
// id, version; each category's id and weight; each question's id, category, kind, skippable, cap
// and show_if, and each option's id, points and exclusive; each band's id and max; each
// recommendation's id, when and fix; all in content order. No text (titles, prompts, labels,
// ...), locale, minutes, reviewed or sources. docs/scoring.md ("Share codes") gives the bytes.
std::uint32_t scoring_hash(const Quiz& quiz);

std::string encode_share(const Quiz& quiz, const Answers& answers);
Outcome<Answers> decode_share(const Quiz& quiz, std::string_view code);

} // namespace exposure
