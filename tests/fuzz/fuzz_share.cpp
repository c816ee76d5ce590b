// fuzz_share: arbitrary text as a share code (the URL fragment), decoded against a fixed quiz.
//
// A share code arrives in a link anyone can edit, so decode_share() must reject every
// truncated, garbled, oversized, wrong-quiz or wrong-version code with a diagnostic and never
// crash. For every input this target checks:
//   - failure comes with at least one diagnostic; codes longer than kMaxShareCodeLength fail;
//   - what decodes is well-formed (fuzz_support.hpp) and scores within [0, 100];
//   - encode(decode(x)) decodes to the same answers (x itself need not be canonical).
// Random text almost never gets past a code's checksum and the quiz and scoring hashes in its
// header, so a custom mutator helps libFuzzer reach the answer payload: it sometimes starts
// from a fresh code made from a random reader's answers, and otherwise mostly decodes the
// base64url, mutates the bytes under it (often leaving the header alone) and re-seals them with
// a correct checksum (share_format.hpp), so the decoder's later checks see the damage. Seeds
// in tests/fuzz/corpus/fuzz_share/ are such codes; they go stale when the scoring hash
// changes, which the mutator makes up for.
#include "exposure/answers.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"
#include "exposure/share_format.hpp"
#include "fuzz_support.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

std::size_t put(const std::string& code, std::uint8_t* data, std::size_t max_size) {
    const std::size_t size = std::min(code.size(), max_size);
    std::memcpy(data, code.data(), size);
    return size;
}

// Mutates the bytes under a base64url code, from `keep` on; with `reseal`, the checksum is
// recomputed so the damage reaches the checks after it. False if `code` is not base64url.
bool mutate_bytes(std::string_view code, std::size_t keep, bool reseal, std::size_t max_size,
                  std::string& out) {
    auto decoded = exposure::share_format::base64url_decode(code);
    if (!decoded) {
        return false;
    }
    std::vector<std::uint8_t> bytes = std::move(*decoded);
    if (reseal && bytes.size() >= exposure::share_format::kChecksumBytes) {
        bytes.resize(bytes.size() - exposure::share_format::kChecksumBytes);
    }
    keep = std::min(keep, bytes.size());
    const std::size_t capacity = std::max<std::size_t>(max_size * 3 / 4, keep + 1);
    std::vector<std::uint8_t> tail(bytes.begin() + static_cast<std::ptrdiff_t>(keep), bytes.end());
    const std::size_t used = std::min(tail.size(), capacity - keep);
    tail.resize(capacity - keep);
    tail.resize(LLVMFuzzerMutate(tail.data(), used, tail.size()));
    bytes.resize(keep);
    bytes.insert(bytes.end(), tail.begin(), tail.end());
    out = reseal ? exposure::share_format::seal(std::move(bytes))
                 : exposure::share_format::base64url_encode(bytes);
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Load the quiz (and say which) before the first input.
    const exposure::Quiz& quiz = fuzz::fixed_quiz();
    fuzz::write_seeds_if_asked(6, [&](std::mt19937& random) {
        return exposure::encode_share(quiz, fuzz::random_answers(quiz, random));
    });
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
    const exposure::Quiz& quiz = fuzz::fixed_quiz();
    std::mt19937 random(seed);
    const unsigned strategy = random() % 8;
    if (strategy == 0) { // a fresh, valid code
        return put(exposure::encode_share(quiz, fuzz::random_answers(quiz, random)), data,
                   max_size);
    }
    if (strategy <= 5) { // the bytes under the text; mostly keep the header and re-seal
        const std::size_t keep = strategy <= 3 ? exposure::share_format::kHeaderBytes : 0;
        std::string code;
        if (mutate_bytes({reinterpret_cast<const char*>(data), size}, keep, strategy != 5, max_size,
                         code)) {
            return put(code, data, max_size);
        }
    }
    return LLVMFuzzerMutate(data, size, max_size); // the text itself
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const exposure::Quiz& quiz = fuzz::fixed_quiz();
    const std::string_view code(reinterpret_cast<const char*>(data), size);
    const auto outcome = exposure::decode_share(quiz, code);

    if (!outcome.ok()) {
        if (outcome.diagnostics.empty()) {
            fuzz::fail("decode_share failed without a diagnostic");
        }
        return 0;
    }
    if (code.size() > exposure::kMaxShareCodeLength) {
        fuzz::fail("a code of %zu characters decoded (the limit is %zu)", code.size(),
                   exposure::kMaxShareCodeLength);
    }
    const exposure::Answers& answers = *outcome.value;
    fuzz::check_well_formed(quiz, answers, "decode_share");

    const double score = exposure::overall_score(quiz, answers);
    if (!(score >= 0 && score <= 100)) {
        fuzz::fail("score %.17g outside [0, 100]", score);
    }

    const std::string again = exposure::encode_share(quiz, answers);
    const auto round_trip = exposure::decode_share(quiz, again);
    if (!round_trip.ok() || *round_trip.value != answers) {
        fuzz::fail("encode(decode(x)) does not decode to decode(x): x=%.*s, encode gave %s",
                   static_cast<int>(std::min<std::size_t>(code.size(), 200)), code.data(),
                   again.c_str());
    }
    return 0;
}
