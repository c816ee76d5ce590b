// Share codes: round trips, length, and one rejection per way a code can be wrong.
#include "test_quizzes.hpp"

#include "exposure/hash.hpp"
#include "exposure/share.hpp"
#include "exposure/share_format.hpp"

#include <catch_amalgamated.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace exposure;
using namespace testq;
using Catch::Matchers::ContainsSubstring;

namespace {

std::vector<std::uint8_t> bytes_of(const std::string& code) {
    return share_format::base64url_decode(code).value();
}

// The header of a good code for small_quiz(): format, quiz id hash, version (0: the test quiz is
// no package's), structure hash, question count (11 bytes).
std::vector<std::uint8_t> small_header() {
    std::vector<std::uint8_t> bytes = bytes_of(encode_share(small_quiz(), none(small_quiz())));
    bytes.resize(11);
    return bytes;
}

// Appends bits, most significant first, the way the format packs answers.
struct Bits {
    std::vector<std::uint8_t> bytes;
    int used = 0;
    Bits& put(unsigned value, int width) {
        for (int bit = width - 1; bit >= 0; --bit) {
            if (used == 0) {
                bytes.push_back(0);
            }
            if ((value >> bit & 1u) != 0) {
                bytes.back() = static_cast<std::uint8_t>(bytes.back() | (0x80u >> used));
            }
            used = (used + 1) % 8;
        }
        return *this;
    }
};

// A code in share format 2 (before versions): format, quiz id hash, scoring hash, count, answers.
std::string format_2_code(const Quiz& quiz, const Bits& answers) {
    std::vector<std::uint8_t> body = {2};
    for (std::uint32_t value : {fnv1a_32(quiz.id), scoring_hash(quiz)}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            body.push_back(static_cast<std::uint8_t>(value >> shift & 0xffu));
        }
    }
    body.push_back(static_cast<std::uint8_t>(quiz.questions.size()));
    body.insert(body.end(), answers.bytes.begin(), answers.bytes.end());
    return share_format::seal(body);
}

// small_quiz(): account single/3 (2-bit index), features multi/4 (4 bits, d exclusive),
// backup single/2 (1 bit), pin single/2 (1 bit). States: 0 unanswered, 1 skipped, 2 chosen.
std::string small_code_with_payload(const Bits& bits) {
    std::vector<std::uint8_t> body = small_header();
    body.insert(body.end(), bits.bytes.begin(), bits.bytes.end());
    return share_format::seal(body);
}

std::string good_code() {
    const Quiz quiz = small_quiz();
    return encode_share(quiz, {chosen({2}), chosen({0, 1}), chosen({1}), chosen({0})});
}

std::string code_with_header_byte(std::size_t index, std::uint8_t value) {
    std::vector<std::uint8_t> bytes = bytes_of(good_code());
    bytes.resize(bytes.size() - share_format::kChecksumBytes);
    bytes[index] = value;
    return share_format::seal(bytes);
}

std::string code_for_other_quiz() {
    QuizBuilder b("another-quiz");
    b.category("c");
    b.single("q", "c", {0, 1});
    return encode_share(b.build(), none(b.build()));
}

std::string code_for_changed_content() {
    Quiz quiz = small_quiz();
    quiz.questions[0].options[1].points += 1;
    return encode_share(quiz, none(quiz));
}

std::string code_with_count(std::uint8_t count) {
    std::vector<std::uint8_t> body = small_header();
    body.back() = count;
    body.push_back(0);
    return share_format::seal(body);
}

std::string flipped(std::string code, std::size_t position) {
    code[position] = code[position] == 'A' ? 'B' : 'A';
    return code;
}

// A 25-question quiz like the WeChat one: 20 singles of 4 options, 5 multis of 6.
Quiz quiz_of_25() {
    QuizBuilder b("wechat-like");
    b.category("c");
    for (int q = 0; q < 25; ++q) {
        if (q % 5 == 4) {
            b.multi("m" + std::to_string(q), "c", {1, 1, 1, 1, 1, 0}).exclusive(5);
        } else {
            b.single("s" + std::to_string(q), "c", {0, 1, 2, 3}).skippable();
        }
    }
    return b.build();
}

} // namespace

TEST_CASE("a share code round-trips every kind of answer exactly", "[share]") {
    const Quiz quiz = small_quiz();
    const Answers answers = GENERATE(values<Answers>({
        {unanswered(), unanswered(), unanswered(), unanswered()},
        {skipped(), chosen({3}), unanswered(), chosen({1})},
        {chosen({0}), chosen({0, 1, 2}), chosen({1}), chosen({0})},
        {chosen({2}), chosen({2}), chosen({0}), unanswered()}, // backup answered while hidden
    }));
    const std::string code = encode_share(quiz, answers);
    const Outcome<Answers> decoded = decode_share(quiz, code);
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == answers);
}

TEST_CASE("a share code does not depend on the quiz's wording or locale", "[share]") {
    const Quiz quiz = small_quiz();
    Quiz reworded = quiz;
    reworded.locale = "zh-Hans";
    reworded.title = "另一个标题";
    reworded.questions[0].prompt = "另一个问题？";
    reworded.questions[1].options[2].label = "另一个选项";
    reworded.bands[0].title = "低";
    reworded.recommendations[0].body = "另一个建议。";
    reworded.content_hash ^= 1u;
    const Answers answers = {chosen({2}), chosen({0, 1}), chosen({1}), chosen({0})};
    CHECK(structure_hash(reworded) == structure_hash(quiz));
    CHECK(scoring_hash(reworded) == scoring_hash(quiz));
    CHECK(encode_share(reworded, answers) == encode_share(quiz, answers));
}

TEST_CASE("the structure hash leaves out the content's version label, the scoring hash not",
          "[share]") {
    Quiz relabelled = small_quiz();
    relabelled.version = "9.9.9";
    CHECK(structure_hash(relabelled) == structure_hash(small_quiz()));
    CHECK(scoring_hash(relabelled) != scoring_hash(small_quiz()));
}

TEST_CASE("every value scoring depends on changes the structure and scoring hashes", "[share]") {
    using Change = void (*)(Quiz&);
    const Change change = GENERATE(values<Change>({
        [](Quiz& q) { q.categories[1].weight = 3; },
        [](Quiz& q) { q.questions[0].skippable = false; },
        [](Quiz& q) { q.questions[1].cap = 5.0; },
        [](Quiz& q) { q.questions[1].options[3].exclusive = false; },
        [](Quiz& q) { q.questions[2].show_if.reset(); },
        [](Quiz& q) { q.questions[3].options[1].id = "z"; },
        [](Quiz& q) { q.bands[0].max = 30; },
        [](Quiz& q) { q.recommendations[0].fix->options = {1}; },
        [](Quiz& q) { q.recommendations[0].when.reset(); },
    }));
    Quiz changed = small_quiz();
    change(changed);
    CHECK(structure_hash(changed) != structure_hash(small_quiz()));
    CHECK(scoring_hash(changed) != scoring_hash(small_quiz()));
}

TEST_CASE("a share code uses only base64url characters", "[share]") {
    const std::string code = good_code();
    CHECK(code.find_first_not_of(
              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
          std::string::npos);
}

TEST_CASE("a 25-question quiz fully answered fits in fewer than 40 characters", "[share]") {
    const Quiz quiz = quiz_of_25();
    Answers answers = none(quiz);
    for (std::size_t q = 0; q < answers.size(); ++q) {
        answers[q] =
            quiz.questions[q].kind == QuestionKind::Multi ? chosen({0, 2, 4}) : chosen({3});
    }
    const std::string code = encode_share(quiz, answers);
    UNSCOPED_INFO("code: " << code << " (" << code.size() << " characters)");
    CHECK(code.size() < 40);
    CHECK(*decode_share(quiz, code).value == answers);
}

TEST_CASE("encoding tidies malformed answers into a code that decodes", "[share]") {
    const Quiz quiz = small_quiz();
    const Answers messy = {chosen({2, 0}), chosen({0, 3, 9}), Answer{Answer::State::Chosen, {}},
                           skipped()}; // pin is not skippable
    const Outcome<Answers> decoded = decode_share(quiz, encode_share(quiz, messy));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == Answers{chosen({0}), chosen({3}), unanswered(), unanswered()});
}

TEST_CASE("decode_share rejects each kind of bad code with a message that says which", "[share]") {
    auto [label, code, words] = GENERATE(table<std::string, std::string, std::string>({
        {"empty", "", "share code is empty"},
        {"oversized", std::string(5000, 'A'), "too long (5000 characters, at most 4096)"},
        {"a character outside base64url", "AB=CDEFGHIJKLMNOPQ", "at position 3 ('=')"},
        {"a space", "ABC DEFGH", "at position 4 (byte 0x20)"},
        {"cut inside the header", good_code().substr(0, 8), "cut off"},
        {"cut to an impossible length", good_code().substr(0, 17), "cut off"},
        {"cut inside the answers", good_code().substr(0, good_code().size() - 3), "cut off"},
        {"one character changed", flipped(good_code(), 14), "share code is damaged"},
        {"a newer format", code_with_header_byte(0, kShareFormatVersion + 1),
         "made by a newer version of the quiz"},
        {"format 0", code_with_header_byte(0, 0), "unknown format 0"},
        {"another quiz", code_for_other_quiz(), "made for a different quiz"},
        {"changed content", code_for_changed_content(),
         "the quiz has changed since this link was made; your answers cannot be restored exactly"},
        {"a wrong question count", code_with_count(5), "answers for 5 questions"},
        {"an option index out of range",
         small_code_with_payload(Bits{}.put(2, 2).put(3, 2)), // account: option 4 of 3
         "chooses option 4 of question 'account', which has only 3 options"},
        {"a multi answer with no option",
         small_code_with_payload(Bits{}.put(0, 2).put(2, 2).put(0, 4)),
         "chooses no option for question 'features'"},
        {"an exclusive option among others",
         small_code_with_payload(Bits{}.put(0, 2).put(2, 2).put(0b1001, 4)),
         "combines 'd' of question 'features' with other options"},
        {"a skip where none is allowed",
         small_code_with_payload(Bits{}.put(0, 2).put(0, 2).put(0, 2).put(1, 2)),
         "skips question 'pin', which cannot be skipped"},
        {"an unknown answer state", small_code_with_payload(Bits{}.put(3, 2)),
         "unknown answer state 3"},
        {"data after the last answer", small_code_with_payload(Bits{}.put(0, 8).put(0xff, 8)),
         "extra data"},
        {"answers that run out", small_code_with_payload(Bits{}.put(2, 2)), "cut off"},
        {"a plan that runs out",
         small_code_with_payload(
             Bits{}.put(2, 2).put(2, 2).put(2, 2).put(0b1010, 4).put(0, 2).put(2, 2).put(1, 1).put(
                 1, 1)),
         "cut off"},
        {"a plan bit past the last recommendation",
         small_code_with_payload(Bits{}
                                     .put(2, 2)
                                     .put(2, 2)
                                     .put(2, 2)
                                     .put(0b1010, 4)
                                     .put(0, 2)
                                     .put(2, 2)
                                     .put(1, 1)
                                     .put(1, 1)
                                     .put(0b111, 3)
                                     .put(1, 1)),
         "extra data"},
    }));
    CAPTURE(label, code);
    const Outcome<Answers> decoded = decode_share(small_quiz(), code);
    CHECK_FALSE(decoded.ok());
    REQUIRE(decoded.diagnostics.size() == 1);
    CHECK(decoded.diagnostics[0].pointer.empty());
    CHECK_THAT(decoded.diagnostics[0].message, ContainsSubstring(words));
}

TEST_CASE("the crafted payloads of the rejection table are otherwise valid", "[share]") {
    // Guards the table above: the same builder with good bits decodes.
    const std::string code = small_code_with_payload(
        Bits{}.put(2, 2).put(2, 2).put(2, 2).put(0b1010, 4).put(0, 2).put(2, 2).put(1, 1).put(0,
                                                                                              1));
    const Outcome<Answers> decoded = decode_share(small_quiz(), code);
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == Answers{chosen({2}), chosen({0, 2}), unanswered(), chosen({1})});
}

TEST_CASE("decode_share never crashes on random text or random bytes", "[share]") {
    const Quiz quiz = small_quiz();
    const auto seed = GENERATE(take(200, random(0u, 0xffffffu)));
    std::mt19937 random(seed);
    std::string text;
    const std::size_t length = random() % 40;
    for (std::size_t i = 0; i < length; ++i) {
        text += static_cast<char>(random() % 256);
    }
    const Outcome<Answers> from_text = decode_share(quiz, text);
    CHECK((from_text.ok() || from_text.diagnostics.size() == 1));

    std::vector<std::uint8_t> bytes = small_header();
    const std::size_t extra = random() % 6;
    for (std::size_t i = 0; i < extra; ++i) {
        bytes.push_back(static_cast<std::uint8_t>(random()));
    }
    const Outcome<Answers> from_bytes = decode_share(quiz, share_format::seal(bytes));
    if (from_bytes.ok()) {
        // Whatever decodes re-encodes to the same answers.
        CHECK(*decode_share(quiz, encode_share(quiz, *from_bytes.value)).value ==
              *from_bytes.value);
    } else {
        CHECK(from_bytes.diagnostics.size() == 1);
    }
}

TEST_CASE("changing any one character of a code never decodes to a crash", "[share]") {
    const Quiz quiz = small_quiz();
    const std::string code = good_code();
    for (std::size_t i = 0; i < code.size(); ++i) {
        for (char ch : std::string("A_-z09")) {
            std::string changed = code;
            changed[i] = ch;
            const Outcome<Answers> decoded = decode_share(quiz, changed);
            CHECK((decoded.ok() ? changed == code : decoded.diagnostics.size() == 1));
        }
    }
}

// ---- diagnostic codes: the page tells "another version of the quiz" from "damaged" by these ---

namespace {

DiagnosticCode code_of(const std::string& code) {
    const Outcome<Answers> decoded = decode_share(small_quiz(), code);
    REQUIRE(decoded.diagnostics.size() == 1);
    return decoded.diagnostics[0].code;
}

} // namespace

TEST_CASE("a code that is not a share code at all is share-malformed", "[share]") {
    CHECK(code_of("") == DiagnosticCode::ShareMalformed);
    CHECK(code_of(std::string(5000, 'A')) == DiagnosticCode::ShareMalformed);
    CHECK(code_of("AB=CDEFGHIJKLMNOPQ") == DiagnosticCode::ShareMalformed);
    CHECK(code_of(good_code().substr(0, 17)) == DiagnosticCode::ShareMalformed);
}

TEST_CASE("a code cut off when it was copied is share-malformed", "[share]") {
    CHECK(code_of(good_code().substr(0, 8)) == DiagnosticCode::ShareMalformed);
    CHECK(code_of(good_code().substr(0, good_code().size() - 3)) == DiagnosticCode::ShareMalformed);
    CHECK(code_of(small_code_with_payload(Bits{}.put(2, 2))) == DiagnosticCode::ShareMalformed);
}

TEST_CASE("a code with bits the format never writes is share-malformed", "[share]") {
    CHECK(code_of(code_with_header_byte(0, 0)) == DiagnosticCode::ShareMalformed);
    CHECK(code_of(small_code_with_payload(Bits{}.put(3, 2))) == DiagnosticCode::ShareMalformed);
    CHECK(code_of(small_code_with_payload(Bits{}.put(0, 8).put(0xff, 8))) ==
          DiagnosticCode::ShareMalformed);
}

TEST_CASE("a code whose checksum fails is share-damaged", "[share]") {
    CHECK(code_of(flipped(good_code(), 14)) == DiagnosticCode::ShareDamaged);
}

TEST_CASE("a code in a newer share format is share-other-version", "[share]") {
    CHECK(code_of(code_with_header_byte(0, kShareFormatVersion + 1)) ==
          DiagnosticCode::ShareOtherVersion);
}

TEST_CASE("a code for another quiz or another version of this quiz is share-other-quiz",
          "[share]") {
    CHECK(code_of(code_for_other_quiz()) == DiagnosticCode::ShareOtherQuiz);
    CHECK(code_of(code_for_changed_content()) == DiagnosticCode::ShareOtherQuiz);
    CHECK(code_of(code_with_count(5)) == DiagnosticCode::ShareOtherQuiz);
}

TEST_CASE("a code whose answers break a rule of the quiz is share-invalid-answers", "[share]") {
    const std::string out_of_range = small_code_with_payload(Bits{}.put(2, 2).put(3, 2));
    const std::string empty_multi = small_code_with_payload(Bits{}.put(0, 2).put(2, 2).put(0, 4));
    const std::string exclusive_with_others =
        small_code_with_payload(Bits{}.put(0, 2).put(2, 2).put(0b1001, 4));
    const std::string skip_not_allowed =
        small_code_with_payload(Bits{}.put(0, 2).put(0, 2).put(0, 2).put(1, 2));
    for (const std::string& code :
         {out_of_range, empty_multi, exclusive_with_others, skip_not_allowed}) {
        CAPTURE(code);
        CHECK(code_of(code) == DiagnosticCode::ShareInvalidAnswers);
    }
}

// ---- published versions and older formats ----------------------------------------------------

TEST_CASE("a code names the published version it was made on", "[share]") {
    Quiz quiz = small_quiz();
    quiz.published = 2;
    const Answers answers = {chosen({2}), chosen({0, 1}), chosen({1}), chosen({0})};
    const std::string code = encode_share(quiz, answers);
    const Outcome<ShareHeader> header = read_share_header(code);
    REQUIRE(header.ok());
    CHECK(header.value->format == 3);
    CHECK(header.value->version == 2);
    CHECK(header.value->quiz == fnv1a_32(quiz.id));
    CHECK(header.value->hash == structure_hash(quiz));
}

TEST_CASE("a code made on one published version is share-other-quiz on another", "[share]") {
    Quiz made_on = small_quiz();
    made_on.published = 2;
    Quiz other = small_quiz();
    other.published = 3;
    const Outcome<Answers> decoded = decode_share(other, encode_share(made_on, none(made_on)));
    REQUIRE(decoded.diagnostics.size() == 1);
    CHECK(decoded.diagnostics[0].code == DiagnosticCode::ShareOtherQuiz);
    CHECK_THAT(decoded.diagnostics[0].message,
               ContainsSubstring("made with version 2 of this quiz, and this is version 3"));
}

TEST_CASE("a quiz that is no package's opens a code of the same structure whatever its version",
          "[share]") {
    Quiz made_on = small_quiz();
    made_on.published = 5;
    const Answers answers = {chosen({1}), chosen({3}), unanswered(), chosen({1})};
    const Outcome<Answers> decoded = decode_share(small_quiz(), encode_share(made_on, answers));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == answers);
}

TEST_CASE("a format-2 code, made before versions, opens on a quiz of the same scoring structure",
          "[share]") {
    const Quiz quiz = small_quiz();
    // account option 3, features a+c, backup hidden and unanswered, pin option 2.
    const std::string code = format_2_code(
        quiz, Bits{}.put(2, 2).put(2, 2).put(2, 2).put(0b1010, 4).put(0, 2).put(2, 2).put(1, 1));
    const Outcome<Answers> decoded = decode_share(quiz, code);
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == Answers{chosen({2}), chosen({0, 2}), unanswered(), chosen({1})});
    const Outcome<ShareHeader> header = read_share_header(code);
    REQUIRE(header.ok());
    CHECK(header.value->format == 2);
    CHECK(header.value->hash == scoring_hash(quiz));
}

TEST_CASE("a format-2 code is share-other-quiz once the scoring structure changed", "[share]") {
    Quiz changed = small_quiz();
    changed.categories[0].weight += 1;
    const std::string code = format_2_code(small_quiz(), Bits{}.put(0, 8));
    const Outcome<Answers> decoded = decode_share(changed, code);
    REQUIRE(decoded.diagnostics.size() == 1);
    CHECK(decoded.diagnostics[0].code == DiagnosticCode::ShareOtherQuiz);
}

// ---- the plan ---------------------------------------------------------------------------------

namespace {

// small_quiz() answered as in the crafted payloads below: account c, features a+c, backup
// unanswered, pin b (15 bits); its 3 recommendations then take a flag and 3 bits.
Bits crafted_answers() {
    return Bits{}.put(2, 2).put(2, 2).put(2, 2).put(0b1010, 4).put(0, 2).put(2, 2).put(1, 1);
}

} // namespace

TEST_CASE("a share code round-trips the answers with the reader's plan", "[share][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = {chosen({2}), chosen({0, 1}), chosen({1}), chosen({1})};
    const Plan plan = GENERATE(values<Plan>({
        Plan{{true, false, false}},
        Plan{{false, true, true}},
        Plan{{true, true, true}},
    }));
    const Outcome<SharedResult> decoded =
        decode_shared_result(quiz, encode_share(quiz, answers, plan));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->answers == answers);
    CHECK(decoded.value->plan == plan);
}

TEST_CASE("a code with nothing ticked is the code without a plan", "[share][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = {chosen({2}), chosen({0, 1}), chosen({1}), chosen({1})};
    CHECK(encode_share(quiz, answers, Plan{{false, false, false}}) == encode_share(quiz, answers));
    const Outcome<SharedResult> decoded = decode_shared_result(quiz, encode_share(quiz, answers));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->plan.ticked.empty());
}

TEST_CASE("encoding leaves out ticks past the last recommendation", "[share][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = none(quiz);
    CHECK(encode_share(quiz, answers, Plan{{false, false, false, true}}) ==
          encode_share(quiz, answers));
    const Outcome<SharedResult> decoded =
        decode_shared_result(quiz, encode_share(quiz, answers, Plan{{false, true, false, true}}));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->plan == Plan{{false, true, false}});
}

TEST_CASE("decode_share gives the answers of a code with a plan", "[share][plan]") {
    const Quiz quiz = small_quiz();
    const Answers answers = {chosen({0}), chosen({3}), unanswered(), chosen({1})};
    const Outcome<Answers> decoded =
        decode_share(quiz, encode_share(quiz, answers, Plan{{true, true, false}}));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == answers);
}

TEST_CASE("a code's plan section is read bit by bit, one per recommendation", "[share][plan]") {
    Bits with_plan = crafted_answers();
    with_plan.put(1, 1).put(0b101, 3);
    const Outcome<SharedResult> decoded =
        decode_shared_result(small_quiz(), small_code_with_payload(with_plan));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->plan == Plan{{true, false, true}});
}

TEST_CASE("a code whose plan section runs out is share-malformed", "[share][plan]") {
    Bits cut = crafted_answers();
    cut.put(1, 1); // the flag says a plan follows; its bits are missing
    CHECK(code_of(small_code_with_payload(cut)) == DiagnosticCode::ShareMalformed);
}

TEST_CASE("a plan bit past the last recommendation is share-malformed", "[share][plan]") {
    Bits too_long = crafted_answers();
    too_long.put(1, 1).put(0b101, 3).put(1, 1); // a fourth tick; the quiz has 3 recommendations
    const std::string code = small_code_with_payload(too_long);
    CHECK(code_of(code) == DiagnosticCode::ShareMalformed);
    CHECK_THAT(decode_share(small_quiz(), code).diagnostics[0].message,
               ContainsSubstring("extra data"));
}

TEST_CASE("a format-2 code, made before plans, decodes with an empty plan", "[share][plan]") {
    const Quiz quiz = small_quiz();
    const Outcome<SharedResult> decoded = decode_shared_result(
        quiz,
        format_2_code(quiz, Bits{}.put(2, 2).put(0, 2).put(0, 2).put(0, 2).put(2, 2).put(0, 1)));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->plan.ticked.empty());
    CHECK(decoded.value->answers == Answers{chosen({0}), unanswered(), unanswered(), chosen({0})});
}

TEST_CASE("read_share_header refuses what decode_share refuses before the quiz matters",
          "[share]") {
    CHECK(read_share_header("").diagnostics[0].code == DiagnosticCode::ShareMalformed);
    CHECK(read_share_header(flipped(good_code(), 14)).diagnostics[0].code ==
          DiagnosticCode::ShareDamaged);
    CHECK(
        read_share_header(code_with_header_byte(0, kShareFormatVersion + 1)).diagnostics[0].code ==
        DiagnosticCode::ShareOtherVersion);
    CHECK(read_share_header(code_with_header_byte(0, 0)).diagnostics[0].code ==
          DiagnosticCode::ShareMalformed);
}
