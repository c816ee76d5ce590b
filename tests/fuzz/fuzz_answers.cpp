// fuzz_answers: arbitrary bytes as an answers file, read against a fixed, valid quiz.
//
// `exposure score --answers FILE` and the page's "load answers" feed read_answers_json() text
// that nobody vetted. It must never crash, and what it accepts must be something the rest of
// the engine can trust. For every input this target checks:
//   - failure comes with at least one diagnostic, and every diagnostic formats;
//   - accepted answers are well-formed (fuzz_support.hpp: one slot per question, sorted
//     in-range options, one for single, an exclusive option alone, Skipped only if allowed);
//   - accepted answers round-trip: read(write(a)) == a;
//   - they score within [0, 100] and survive a share-code round trip.
// The fixed quiz is content/wechat.en.json (real ids make the seeds meaningful); see
// fuzz_support.hpp for the fallback.
#include "exposure/answers.hpp"
#include "exposure/diagnostic.hpp"
#include "exposure/scoring.hpp"
#include "exposure/share.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Load the quiz (and say which) before the first input.
    const exposure::Quiz& quiz = fuzz::fixed_quiz();
    fuzz::write_seeds_if_asked(6, [&](std::mt19937& random) {
        return exposure::write_answers_json(quiz, fuzz::random_answers(quiz, random));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const exposure::Quiz& quiz = fuzz::fixed_quiz();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto outcome = exposure::read_answers_json(quiz, text);

    if (!outcome.ok() && outcome.diagnostics.empty()) {
        fuzz::fail("read_answers_json failed without a diagnostic");
    }
    for (const auto& diagnostic : outcome.diagnostics) {
        if (diagnostic.message.empty() ||
            exposure::format_diagnostic("a.json", diagnostic).empty()) {
            fuzz::fail("empty diagnostic at '%s'", diagnostic.pointer.c_str());
        }
    }
    if (!outcome.ok()) {
        return 0;
    }

    const exposure::Answers& answers = *outcome.value;
    fuzz::check_well_formed(quiz, answers, "read_answers_json");

    const auto again =
        exposure::read_answers_json(quiz, exposure::write_answers_json(quiz, answers));
    if (!again.ok() || *again.value != answers) {
        fuzz::fail("read_answers_json(write_answers_json(a)) != a");
    }

    const double score = exposure::overall_score(quiz, answers);
    if (!(score >= 0 && score <= 100)) {
        fuzz::fail("score %.17g outside [0, 100]", score);
    }

    const auto decoded = exposure::decode_share(quiz, exposure::encode_share(quiz, answers));
    if (!decoded.ok() || *decoded.value != answers) {
        fuzz::fail("decode_share(encode_share(a)) != a for answers read from a file");
    }
    return 0;
}
