// The byte layer under share codes (share.hpp), public so tests and tools can build codes that
// are damaged in one chosen way. Readers of a quiz never need these: use encode_share and
// decode_share. docs/scoring.md ("Share codes") explains the format in words.
//
// A share code is base64url (RFC 4648 §5, no padding) of:
//
//   byte 0       format version (kShareFormatVersion: 3)
//   bytes 1-4    FNV-1a 32 of the quiz id, big-endian
//   varint       the published version of the quiz it was made on (versions.hpp; 0: a quiz that
//                is no package's); LEB128: 7 bits a byte, low bits first
//   4 bytes      structure_hash(quiz) (share.hpp), big-endian
//   varint       question count
//   bit stream   per question, most significant bit first:
//                  2 bits state: 0 unanswered, 1 skipped, 2 chosen (3 is never written)
//                  chosen single: the option index in ceil(log2(option count)) bits
//                  chosen multi:  one bit per option, in option order
//                then the plan: 1 bit, set when a plan follows, then one bit per
//                recommendation in content order (set: in the reader's plan)
//                then zero bits up to a whole byte
//   2 bytes      checksum: CRC-16/CCITT-FALSE of everything before it, big-endian
//
// Formats 1 and 2 have no version varint and no plan; in their bytes 5-8 they carry
// Quiz::content_hash (format 1) or scoring_hash(quiz) (format 2).
//
// Option data is packed to the bit rather than in whole bytes, because both ends know each
// question's option count (the structure hash proves they read the same quiz structure): a
// 25-question quiz takes about 36 characters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exposure::share_format {

inline constexpr std::size_t kHeaderBytes = 9; // the shortest header: format 1 or 2
inline constexpr std::size_t kChecksumBytes = 2;

std::string base64url_encode(const std::vector<std::uint8_t>& bytes);

// The bytes of unpadded base64url text. On failure, `error_position` (if given) receives the
// 0-based index of the first character that is not base64url, or text.size() when the length
// itself is impossible (a length of 4n+1 characters).
std::optional<std::vector<std::uint8_t>> base64url_decode(std::string_view text,
                                                          std::size_t* error_position = nullptr);

std::uint16_t checksum(const std::uint8_t* bytes, std::size_t size);

// Appends the checksum to `body` and encodes it: a code whose checksum is right whatever the
// body says (for tests of the checks after the checksum).
std::string seal(std::vector<std::uint8_t> body);

} // namespace exposure::share_format
