// fuzz_share: arbitrary text as a share code (the URL fragment), decoded against a fixed quiz.
//
// A share code arrives in a link anyone can edit, so decode_share() must reject every
// truncated, garbled, oversized, wrong-quiz or wrong-version code with a diagnostic and never
// crash. For every input this target checks:
//   - failure comes with at least one diagnostic; codes longer than kMaxShareCodeLength fail;
//   - what decodes is well-formed (fuzz_support.hpp) and scores within [0, 100];
//   - encode(decode(x)) decodes to the same answers (x itself need not be canonical).
// Random text almost never gets past the quiz and content hashes in a code's header, so a
// custom mutator helps libFuzzer reach the answer payload: it sometimes starts from a fresh
// code made from a random reader's answers, and otherwise often mutates the bytes under the
// base64url text rather than the text itself. Seeds in tests/fuzz/corpus/fuzz_share/ are such
// codes; they go stale when the content's hash changes, which the mutator makes up for.
#include "exposure/answers.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"
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

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url_encode(const std::uint8_t* bytes, std::size_t size) {
    std::string text;
    for (std::size_t i = 0; i < size; i += 3) {
        const std::size_t n = std::min<std::size_t>(3, size - i);
        std::uint32_t block = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            block = block << 8 | (k < n ? bytes[i + k] : 0u);
        }
        for (std::size_t k = 0; k <= n; ++k) {
            text += kAlphabet[block >> (18 - 6 * k) & 63];
        }
    }
    return text;
}

// False when the text is not unpadded base64url (then the mutator works on the text itself).
bool base64url_decode(std::string_view text, std::vector<std::uint8_t>& bytes) {
    if (text.size() % 4 == 1) {
        return false;
    }
    bytes.clear();
    std::uint32_t block = 0;
    int bits = 0;
    for (char ch : text) {
        const std::size_t value = kAlphabet.find(ch);
        if (value == std::string_view::npos) {
            return false;
        }
        block = (block << 6 | static_cast<std::uint32_t>(value)) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<std::uint8_t>(block >> bits));
        }
    }
    return true;
}

std::size_t put(const std::string& code, std::uint8_t* data, std::size_t max_size) {
    const std::size_t size = std::min(code.size(), max_size);
    std::memcpy(data, code.data(), size);
    return size;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::fixed_quiz();
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
    std::mt19937 random(seed);
    const unsigned strategy = random() % 8;
    if (strategy == 0) {
        return put(exposure::encode_share(fuzz::fixed_quiz(),
                                          fuzz::random_answers(fuzz::fixed_quiz(), random)),
                   data, max_size);
    }
    std::vector<std::uint8_t> bytes;
    if (strategy <= 4 && base64url_decode({reinterpret_cast<const char*>(data), size}, bytes)) {
        const std::size_t capacity = max_size * 3 / 4;
        const std::size_t used = std::min(bytes.size(), capacity);
        bytes.resize(std::max<std::size_t>(capacity, 1));
        const std::size_t mutated = LLVMFuzzerMutate(bytes.data(), used, bytes.size());
        return put(base64url_encode(bytes.data(), mutated), data, max_size);
    }
    return LLVMFuzzerMutate(data, size, max_size);
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
