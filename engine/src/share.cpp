// Share codes: the layout is documented in exposure/share_format.hpp.
//
// [SECTION] base64url and checksum
// [SECTION] Bits
// [SECTION] Structure and scoring hashes
// [SECTION] Encode
// [SECTION] Decode
//
// decode_share checks, in order, and stops at the first problem (one Diagnostic, pointer ""):
// empty, too long, a character outside base64url, too short to hold a header, checksum (a
// failed checksum on a code whose answers run out early is reported as cut off, otherwise as
// damaged), format (1, 2 or 3; format 1 checks the file's content hash, format 2 the scoring
// hash, format 3 the published version and the structure hash), quiz, question count, then each
// answer: state, option range, an empty multi answer, an exclusive option among others, a skip
// where none is allowed; in format 3 the plan section; and no data after the last answer. The
// format cannot express a single question with several options (a single answer is one index),
// so that case needs no check.
//
// Each failure has a DiagnosticCode (diagnostic.hpp), the one thing the page reads to choose its
// words: share-malformed for anything that is not a share code (empty, too long, a bad
// character, an impossible length, cut off, format 0, an unknown answer state, extra data);
// share-damaged for a failed checksum; share-other-version for a newer format;
// share-other-quiz for another quiz id, another published version, content, scoring or structure
// hash or another question count (the code belongs to another quiz or another version of this
// one); share-invalid-answers for answers that break a rule (option out of range, an empty multi
// answer, an exclusive option with others, a skip where none is allowed).
#include "exposure/share.hpp"

#include "exposure/hash.hpp"
#include "exposure/share_format.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exposure {

namespace share_format {

// -------------------------------------------------------------------------------------------
// [SECTION] base64url and checksum
// -------------------------------------------------------------------------------------------

namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char ch) {
    if (ch >= 'A' && ch <= 'Z') {
        return ch - 'A';
    }
    if (ch >= 'a' && ch <= 'z') {
        return ch - 'a' + 26;
    }
    if (ch >= '0' && ch <= '9') {
        return ch - '0' + 52;
    }
    if (ch == '-') {
        return 62;
    }
    if (ch == '_') {
        return 63;
    }
    return -1;
}

} // namespace

std::string base64url_encode(const std::vector<std::uint8_t>& bytes) {
    std::string text;
    text.reserve((bytes.size() * 4 + 2) / 3);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t block = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            block = block << 8 | (k < n ? bytes[i + k] : 0u);
        }
        for (std::size_t k = 0; k <= n; ++k) {
            text += kAlphabet[block >> (18 - 6 * k) & 63u];
        }
    }
    return text;
}

std::optional<std::vector<std::uint8_t>> base64url_decode(std::string_view text,
                                                          std::size_t* error_position) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (sextet(text[i]) < 0) {
            if (error_position != nullptr) {
                *error_position = i;
            }
            return std::nullopt;
        }
    }
    if (text.size() % 4 == 1) {
        if (error_position != nullptr) {
            *error_position = text.size();
        }
        return std::nullopt;
    }
    std::vector<std::uint8_t> bytes;
    bytes.reserve(text.size() * 3 / 4);
    std::uint32_t block = 0;
    int bits = 0;
    for (char ch : text) {
        block = (block << 6 | static_cast<std::uint32_t>(sextet(ch))) & 0xffffffu;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<std::uint8_t>(block >> bits));
        }
    }
    return bytes;
}

std::uint16_t checksum(const std::uint8_t* bytes, std::size_t size) {
    std::uint16_t crc = 0xffff;
    for (std::size_t i = 0; i < size; ++i) {
        crc = static_cast<std::uint16_t>(crc ^ (bytes[i] << 8));
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x8000u) != 0 ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021u)
                                       : static_cast<std::uint16_t>(crc << 1);
        }
    }
    return crc;
}

std::string seal(std::vector<std::uint8_t> body) {
    const std::uint16_t sum = checksum(body.data(), body.size());
    body.push_back(static_cast<std::uint8_t>(sum >> 8));
    body.push_back(static_cast<std::uint8_t>(sum & 0xffu));
    return base64url_encode(body);
}

} // namespace share_format

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Bits
// -------------------------------------------------------------------------------------------

class BitWriter {
public:
    explicit BitWriter(std::vector<std::uint8_t>& bytes) : bytes_(bytes) {}
    void write(std::uint32_t value, int width) {
        for (int bit = width - 1; bit >= 0; --bit) {
            if (used_ == 0) {
                bytes_.push_back(0);
            }
            if ((value >> bit & 1u) != 0) {
                bytes_.back() = static_cast<std::uint8_t>(bytes_.back() | (0x80u >> used_));
            }
            used_ = (used_ + 1) % 8;
        }
    }

private:
    std::vector<std::uint8_t>& bytes_;
    int used_ = 0; // bits used in the last byte
};

class BitReader {
public:
    BitReader(const std::uint8_t* bytes, std::size_t size) : bytes_(bytes), size_(size) {}
    // False when the bits run out.
    bool read(int width, std::uint32_t& value) {
        value = 0;
        for (int i = 0; i < width; ++i) {
            if (position_ >= size_ * 8) {
                return false;
            }
            const std::uint8_t byte = bytes_[position_ / 8];
            value = value << 1 | static_cast<std::uint32_t>(byte >> (7 - position_ % 8) & 1u);
            ++position_;
        }
        return true;
    }
    // True when only zero padding bits remain in the current byte and no byte follows.
    bool at_clean_end() const {
        const std::size_t end = size_ * 8;
        if (end - position_ >= 8) {
            return false;
        }
        for (std::size_t p = position_; p < end; ++p) {
            if ((bytes_[p / 8] >> (7 - p % 8) & 1u) != 0) {
                return false;
            }
        }
        return true;
    }

private:
    const std::uint8_t* bytes_;
    std::size_t size_;
    std::size_t position_ = 0;
};

int index_width(std::size_t option_count) {
    int width = 0;
    while ((std::size_t{1} << width) < option_count) {
        ++width;
    }
    return width;
}

void put_u32(std::vector<std::uint8_t>& bytes, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes.push_back(static_cast<std::uint8_t>(value >> shift & 0xffu));
    }
}

std::uint32_t get_u32(const std::uint8_t* bytes) {
    return static_cast<std::uint32_t>(bytes[0]) << 24 | static_cast<std::uint32_t>(bytes[1]) << 16 |
           static_cast<std::uint32_t>(bytes[2]) << 8 | static_cast<std::uint32_t>(bytes[3]);
}

// LEB128: 7 bits a byte, low bits first.
void put_varint(std::vector<std::uint8_t>& bytes, std::uint64_t n) {
    for (;; n >>= 7) {
        if (n < 0x80) {
            bytes.push_back(static_cast<std::uint8_t>(n));
            return;
        }
        bytes.push_back(static_cast<std::uint8_t>((n & 0x7fu) | 0x80u));
    }
}

enum : std::uint32_t { kUnanswered = 0, kSkipped = 1, kChosen = 2 };

// -------------------------------------------------------------------------------------------
// [SECTION] Structure and scoring hashes
// -------------------------------------------------------------------------------------------

// The bytes structure_hash and scoring_hash hash: every value answers and scores depend on, in
// content order, each list led by its length, so no two different structures write the same bytes.
class StructureWriter {
public:
    // Writes each value in turn; put() below says how each kind of value is written.
    template <typename... T>
    void write(const T&... values) {
        (put(values), ...);
    }
    std::string_view bytes() const {
        return {reinterpret_cast<const char*>(bytes_.data()), bytes_.size()};
    }

private:
    void put(std::uint32_t value) { put_u32(bytes_, value); }
    void put(int value) { put(static_cast<std::uint32_t>(value)); }
    void put(bool value) { bytes_.push_back(value ? 1 : 0); }
    void put(const std::string& value) {
        put(static_cast<std::uint32_t>(value.size()));
        bytes_.insert(bytes_.end(), value.begin(), value.end());
    }
    // The IEEE 754 bits, big-endian: the same on every target, and exact.
    void put(double value) {
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof value);
        std::memcpy(&bits, &value, sizeof bits);
        put(static_cast<std::uint32_t>(bits >> 32));
        put(static_cast<std::uint32_t>(bits & 0xffffffffu));
    }
    void put(QuestionKind kind) { put(kind == QuestionKind::Multi ? 1 : 0); }
    void put(Condition::Kind kind) { put(static_cast<int>(kind)); }
    // A list: its length, then each item.
    template <typename T>
    void put(const std::vector<T>& items) {
        put(static_cast<std::uint32_t>(items.size()));
        for (const T& item : items) {
            put(item);
        }
    }
    // Whether there is one, then it.
    template <typename T>
    void put(const std::optional<T>& value) {
        put(value.has_value());
        if (value) {
            put(*value);
        }
    }

    // What scoring reads of each part of a quiz (see docs/scoring.md).
    void put(const Condition& c) { write(c.kind, c.question, c.options, c.children); }
    void put(const Fix& fix) { write(fix.question, fix.options); }
    void put(const Category& category) { write(category.id, category.weight); }
    void put(const Option& option) { write(option.id, option.points, option.exclusive); }
    void put(const Question& q) {
        write(q.id, q.category, q.kind, q.skippable, q.cap.has_value(), q.cap.value_or(0),
              q.show_if, q.options);
    }
    void put(const Band& band) { write(band.id, band.max); }
    void put(const Recommendation& r) { write(r.id, r.when, r.fix); }

private:
    std::vector<std::uint8_t> bytes_;
};

} // namespace

std::uint32_t structure_hash(const Quiz& quiz) {
    StructureWriter out;
    out.write(quiz.id, quiz.categories, quiz.questions, quiz.bands, quiz.recommendations);
    return fnv1a_32(out.bytes());
}

std::uint32_t scoring_hash(const Quiz& quiz) {
    StructureWriter out;
    out.write(quiz.schema, quiz.id, quiz.version, quiz.categories, quiz.questions, quiz.bands,
              quiz.recommendations);
    return fnv1a_32(out.bytes());
}

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] Encode
// -------------------------------------------------------------------------------------------

// The answer as the code will carry it. Answers from a Session or a decoder are already in this
// form; anything else (out-of-range options, a skip where none is allowed, ...) is tidied so the
// code always decodes: invalid parts are dropped, and what is left empty becomes unanswered.
Answer canonical(const Question& question, const Answer* answer) {
    if (answer == nullptr || answer->state == Answer::State::Unanswered) {
        return Answer{};
    }
    if (answer->state == Answer::State::Skipped) {
        return question.skippable ? Answer{Answer::State::Skipped, {}} : Answer{};
    }
    const int count = static_cast<int>(question.options.size());
    std::vector<int> options;
    for (int o = 0; o < count; ++o) {
        for (int chosen : answer->options) {
            if (chosen == o) {
                options.push_back(o);
                break;
            }
        }
    }
    if (options.empty()) {
        return Answer{};
    }
    if (question.kind == QuestionKind::Single) {
        options.resize(1);
    } else if (const int conflict = exclusive_conflict(question, options); conflict >= 0) {
        options = {conflict};
    }
    return Answer{Answer::State::Chosen, std::move(options)};
}

} // namespace

std::string encode_share(const Quiz& quiz, const Answers& answers, const Plan& plan) {
    std::vector<std::uint8_t> bytes;
    bytes.push_back(static_cast<std::uint8_t>(kShareFormatVersion));
    put_u32(bytes, fnv1a_32(quiz.id));
    put_varint(bytes, static_cast<std::uint64_t>(std::max(quiz.published, 0)));
    put_u32(bytes, structure_hash(quiz));
    put_varint(bytes, quiz.questions.size());
    BitWriter bits(bytes);
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        const Answer answer = canonical(question, q < answers.size() ? &answers[q] : nullptr);
        if (answer.state != Answer::State::Chosen) {
            bits.write(answer.state == Answer::State::Skipped ? kSkipped : kUnanswered, 2);
            continue;
        }
        bits.write(kChosen, 2);
        if (question.kind == QuestionKind::Single) {
            bits.write(static_cast<std::uint32_t>(answer.options[0]),
                       index_width(question.options.size()));
            continue;
        }
        std::size_t next = 0;
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            const bool on =
                next < answer.options.size() && answer.options[next] == static_cast<int>(o);
            next += on ? 1 : 0;
            bits.write(on ? 1u : 0u, 1);
        }
    }
    // The plan section (docs/scoring.md, "Share codes"): a flag, then a bit per recommendation.
    const std::size_t recommendations = quiz.recommendations.size();
    bool has_plan = false;
    for (std::size_t r = 0; r < recommendations && !has_plan; ++r) {
        has_plan = is_ticked(plan, static_cast<int>(r));
    }
    bits.write(has_plan ? 1u : 0u, 1);
    for (std::size_t r = 0; has_plan && r < recommendations; ++r) {
        bits.write(is_ticked(plan, static_cast<int>(r)) ? 1u : 0u, 1);
    }
    return share_format::seal(std::move(bytes));
}

std::string encode_share(const Quiz& quiz, const Answers& answers) {
    return encode_share(quiz, answers, Plan{});
}

// -------------------------------------------------------------------------------------------
// [SECTION] Decode
// -------------------------------------------------------------------------------------------

namespace {

constexpr std::string_view kTruncated =
    "share code is incomplete: it may have been cut off when the link was copied";

struct PayloadResult {
    enum class Status { Ok, RanOut, Invalid } status = Status::Ok;
    DiagnosticCode code = DiagnosticCode::ShareInvalidAnswers; // for Invalid
    std::string message;                                       // for Invalid
};

// Bits the format never writes, as opposed to answers that break a rule of the quiz.
PayloadResult not_the_format(std::string message) {
    return {PayloadResult::Status::Invalid, DiagnosticCode::ShareMalformed, std::move(message)};
}

PayloadResult breaks_a_rule(std::string message) {
    return {PayloadResult::Status::Invalid, DiagnosticCode::ShareInvalidAnswers,
            std::move(message)};
}

std::string quoted(const std::string& id) {
    return "'" + id + "'";
}

// Reads the answers after the question count (and, in format 3, the plan section after them).
// `result` is filled as far as it gets.
PayloadResult read_payload(const Quiz& quiz, int format, const std::uint8_t* bytes,
                           std::size_t size, SharedResult& result) {
    using Status = PayloadResult::Status;
    BitReader bits(bytes, size);
    Answers& answers = result.answers;
    answers.assign(quiz.questions.size(), Answer{});
    result.plan = Plan{};
    for (std::size_t q = 0; q < quiz.questions.size(); ++q) {
        const Question& question = quiz.questions[q];
        const std::string where = "question " + quoted(question.id);
        std::uint32_t state = 0;
        if (!bits.read(2, state)) {
            return {Status::RanOut, {}, {}};
        }
        if (state == kUnanswered) {
            continue;
        }
        if (state == kSkipped) {
            if (!question.skippable) {
                return breaks_a_rule("share code skips " + where + ", which cannot be skipped");
            }
            answers[q].state = Answer::State::Skipped;
            continue;
        }
        if (state != kChosen) {
            return not_the_format("share code is damaged: " + where +
                                  " has an unknown answer state " + std::to_string(state));
        }
        Answer& answer = answers[q];
        answer.state = Answer::State::Chosen;
        const std::size_t count = question.options.size();
        if (question.kind == QuestionKind::Single) {
            std::uint32_t index = 0;
            if (!bits.read(index_width(count), index)) {
                return {Status::RanOut, {}, {}};
            }
            if (index >= count) {
                return breaks_a_rule("share code chooses option " + std::to_string(index + 1) +
                                     " of " + where + ", which has only " + std::to_string(count) +
                                     " options");
            }
            answer.options = {static_cast<int>(index)};
            continue;
        }
        for (std::size_t o = 0; o < count; ++o) {
            std::uint32_t on = 0;
            if (!bits.read(1, on)) {
                return {Status::RanOut, {}, {}};
            }
            if (on != 0) {
                answer.options.push_back(static_cast<int>(o));
            }
        }
        if (answer.options.empty()) {
            return breaks_a_rule("share code chooses no option for " + where);
        }
        if (const int conflict = exclusive_conflict(question, answer.options); conflict >= 0) {
            const std::string option =
                quoted(question.options[static_cast<std::size_t>(conflict)].id);
            return breaks_a_rule("share code combines " + option + " of " + where +
                                 " with other options, but " + option + " excludes them");
        }
    }
    if (format >= 3) {
        // The plan: a flag, then one bit per recommendation (ticked), in content order.
        std::uint32_t has_plan = 0;
        if (!bits.read(1, has_plan)) {
            return {Status::RanOut, {}, {}};
        }
        for (std::size_t r = 0; has_plan != 0 && r < quiz.recommendations.size(); ++r) {
            std::uint32_t ticked = 0;
            if (!bits.read(1, ticked)) {
                return {Status::RanOut, {}, {}};
            }
            result.plan.ticked.push_back(ticked != 0);
        }
    }
    if (!bits.at_clean_end()) {
        return not_the_format("share code is damaged: it has extra data after the last answer");
    }
    return {};
}

// Reads the LEB128 number at `bytes[offset]` (a question count, a version); false when it runs
// out or overflows.
bool read_varint(const std::vector<std::uint8_t>& bytes, std::size_t end, std::size_t& offset,
                 std::uint64_t& count) {
    count = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (offset >= end) {
            return false;
        }
        const std::uint8_t byte = bytes[offset++];
        count |= static_cast<std::uint64_t>(byte & 0x7fu) << shift;
        if ((byte & 0x80u) == 0) {
            return true;
        }
    }
    return false;
}

template <typename T = SharedResult>
Outcome<T> failure(DiagnosticCode code, std::string message) {
    Outcome<T> outcome;
    outcome.diagnostics.push_back(Diagnostic{"", std::move(message), 0, 0, code});
    return outcome;
}

template <typename T = SharedResult>
Outcome<T> truncated() {
    return failure<T>(DiagnosticCode::ShareMalformed, std::string(kTruncated));
}

std::string describe_char(char ch) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte >= 0x21 && byte < 0x7f) {
        return std::string("'") + ch + "'";
    }
    constexpr std::string_view hex = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[byte >> 4] + hex[byte & 15u];
}

// The bytes of the code, long enough to hold a header, a question count and a checksum; or
// why the text cannot be a share code.
Outcome<std::vector<std::uint8_t>> code_bytes(std::string_view code) {
    using Bytes = std::vector<std::uint8_t>;
    if (code.empty()) {
        return failure<Bytes>(DiagnosticCode::ShareMalformed, "share code is empty");
    }
    if (code.size() > kMaxShareCodeLength) {
        return failure<Bytes>(DiagnosticCode::ShareMalformed,
                              "share code is too long (" + std::to_string(code.size()) +
                                  " characters, at most " + std::to_string(kMaxShareCodeLength) +
                                  ")");
    }
    std::size_t bad = 0;
    auto decoded = share_format::base64url_decode(code, &bad);
    if (!decoded) {
        if (bad >= code.size()) {
            return truncated<Bytes>();
        }
        return failure<Bytes>(
            DiagnosticCode::ShareMalformed,
            "share code has a character that cannot be in a share code at position " +
                std::to_string(bad + 1) + " (" + describe_char(code[bad]) +
                "); codes use only A-Z, a-z, 0-9, '-' and '_'");
    }
    if (decoded->size() < share_format::kHeaderBytes + 1 + share_format::kChecksumBytes) {
        return truncated<Bytes>();
    }
    Outcome<Bytes> outcome;
    outcome.value = std::move(*decoded);
    return outcome;
}

} // namespace

namespace {

// The header of a code whose bytes are `bytes` (checksum still attached): where its fields are,
// and where the question count starts. False when the bytes run out first.
struct Header {
    int format = 0;
    std::uint32_t quiz = 0;
    std::uint64_t version = 0; // format 3
    std::uint32_t hash = 0;
    std::size_t end = 0; // offset of the question count
};

bool read_header(const std::vector<std::uint8_t>& bytes, std::size_t body, Header& header) {
    header.format = bytes[0];
    header.quiz = get_u32(&bytes[1]);
    std::size_t offset = 5;
    if (header.format >= 3 && !read_varint(bytes, body, offset, header.version)) {
        return false;
    }
    if (offset + 4 > body) {
        return false;
    }
    header.hash = get_u32(&bytes[offset]);
    header.end = offset + 4;
    return true;
}

// The hash of `quiz` that a code of `format` carries.
std::uint32_t hash_for_format(const Quiz& quiz, int format) {
    switch (format) {
    case 1:
        return quiz.content_hash;
    case 2:
        return scoring_hash(quiz);
    default:
        return structure_hash(quiz);
    }
}

bool known_format(int format) {
    return format >= 1 && format <= kShareFormatVersion;
}

// A format-3 code names a published version; a quiz knows which it is. 0 on either side: a quiz
// that is no package's (the structure hash alone decides).
bool same_version(const Quiz& quiz, const Header& header) {
    return header.format < 3 || header.version == 0 || quiz.published <= 0 ||
           header.version == static_cast<std::uint64_t>(quiz.published);
}

} // namespace

Outcome<ShareHeader> read_share_header(std::string_view code) {
    Outcome<std::vector<std::uint8_t>> read = code_bytes(code);
    if (!read.ok()) {
        Outcome<ShareHeader> outcome;
        outcome.diagnostics = std::move(read.diagnostics);
        return outcome;
    }
    const std::vector<std::uint8_t>& bytes = *read.value;
    const std::size_t body = bytes.size() - share_format::kChecksumBytes;
    const auto stored = static_cast<std::uint16_t>(bytes[body] << 8 | bytes[body + 1]);
    if (stored != share_format::checksum(bytes.data(), body)) {
        return failure<ShareHeader>(DiagnosticCode::ShareDamaged,
                                    "share code is damaged: it does not check out, so it was "
                                    "probably changed after it was made");
    }
    Header header;
    if (bytes[0] > kShareFormatVersion) {
        return failure<ShareHeader>(DiagnosticCode::ShareOtherVersion,
                                    "share code was made by a newer version of the quiz (format " +
                                        std::to_string(bytes[0]) + "; this page reads format " +
                                        std::to_string(kShareFormatVersion) + ")");
    }
    if (!known_format(bytes[0]) || !read_header(bytes, body, header)) {
        return failure<ShareHeader>(DiagnosticCode::ShareMalformed,
                                    "share code is damaged: unknown format " +
                                        std::to_string(bytes[0]));
    }
    Outcome<ShareHeader> outcome;
    outcome.value = ShareHeader{header.format, header.quiz,
                                static_cast<int>(std::min<std::uint64_t>(header.version, 1 << 30)),
                                header.hash};
    return outcome;
}

Outcome<SharedResult> decode_shared_result(const Quiz& quiz, std::string_view code) {
    Outcome<std::vector<std::uint8_t>> read = code_bytes(code);
    if (!read.ok()) {
        Outcome<SharedResult> outcome;
        outcome.diagnostics = std::move(read.diagnostics);
        return outcome;
    }
    const std::vector<std::uint8_t>& bytes = *read.value;
    const std::size_t body = bytes.size() - share_format::kChecksumBytes;
    const std::uint16_t expected = share_format::checksum(bytes.data(), body);
    const auto stored = static_cast<std::uint16_t>(bytes[body] << 8 | bytes[body + 1]);

    Header header;
    const bool header_read = read_header(bytes, body, header);
    const bool known = known_format(header.format);
    const bool same_quiz = header_read && header.quiz == fnv1a_32(quiz.id);
    const bool same_structure = header_read && known && same_version(quiz, header) &&
                                header.hash == hash_for_format(quiz, header.format);
    std::size_t offset = header.end;
    std::uint64_t count = 0;
    const bool count_read = header_read && read_varint(bytes, body, offset, count);
    SharedResult result;

    if (stored != expected) {
        // A code cut short still starts like a good one; its answers then run out early.
        if (known && same_quiz && same_structure && count_read && count == quiz.questions.size() &&
            read_payload(quiz, header.format, bytes.data() + offset, body - offset, result)
                    .status == PayloadResult::Status::RanOut) {
            return truncated();
        }
        return failure(DiagnosticCode::ShareDamaged,
                       "share code is damaged: it does not check out, so it was probably "
                       "changed after it was made");
    }
    if (header.format > kShareFormatVersion) {
        return failure(DiagnosticCode::ShareOtherVersion,
                       "share code was made by a newer version of the quiz (format " +
                           std::to_string(header.format) + "; this page reads format " +
                           std::to_string(kShareFormatVersion) + ")");
    }
    if (!known) {
        return failure(DiagnosticCode::ShareMalformed,
                       "share code is damaged: unknown format " + std::to_string(header.format));
    }
    if (!header_read) {
        return truncated();
    }
    if (!same_quiz) {
        return failure(DiagnosticCode::ShareOtherQuiz, "share code was made for a different quiz");
    }
    if (!same_version(quiz, header)) {
        return failure(DiagnosticCode::ShareOtherQuiz,
                       "share code was made with version " + std::to_string(header.version) +
                           " of this quiz, and this is version " + std::to_string(quiz.published));
    }
    if (!same_structure) {
        return failure(DiagnosticCode::ShareOtherQuiz,
                       "the quiz has changed since this link was made; your answers cannot be "
                       "restored exactly");
    }
    if (!count_read) {
        return truncated();
    }
    if (count != quiz.questions.size()) {
        return failure(DiagnosticCode::ShareOtherQuiz,
                       "share code has answers for " + std::to_string(count) +
                           " questions, but the quiz has " + std::to_string(quiz.questions.size()));
    }
    const PayloadResult payload =
        read_payload(quiz, header.format, bytes.data() + offset, body - offset, result);
    if (payload.status == PayloadResult::Status::RanOut) {
        return truncated();
    }
    if (payload.status == PayloadResult::Status::Invalid) {
        return failure(payload.code, payload.message);
    }
    Outcome<SharedResult> outcome;
    outcome.value = std::move(result);
    return outcome;
}

Outcome<Answers> decode_share(const Quiz& quiz, std::string_view code) {
    Outcome<SharedResult> decoded = decode_shared_result(quiz, code);
    Outcome<Answers> outcome;
    outcome.diagnostics = std::move(decoded.diagnostics);
    if (decoded.value) {
        outcome.value = std::move(decoded.value->answers);
    }
    return outcome;
}

} // namespace exposure
