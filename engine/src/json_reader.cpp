// JSON reading with positions: nlohmann/json's SAX parser plus a tree builder that tracks offsets.
//
// [SECTION] Pointers, names and printable text
// [SECTION] TextMap
// [SECTION] The SAX handler (tree builder)
// [SECTION] read()
//
// How offsets are found: nlohmann calls the handler once per token, in text order, right after
// it has scanned and validated that token ('{', '}', '[', ']', a key, a value). Only ':' and ','
// reach no callback. So the handler keeps its own cursor into the text: at each callback it skips
// whitespace, ':' and ',' to the token's first byte (that is the offset) and then steps over the
// token, which it can do naively because nlohmann has already checked it.
#include "json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <unordered_set>
#include <utility>

namespace exposure::json {

// [SECTION] Pointers, names and printable text

// Indexed by Value::Type, in its order.
constexpr auto kTypeNames = std::to_array<std::string_view>(
    {"null", "a boolean", "a number", "a string", "an array", "an object"});
static_assert(kTypeNames.size() == static_cast<std::size_t>(Value::Type::Object) + 1,
              "kTypeNames needs a name for every Value::Type");

std::string_view type_name(Value::Type type) {
    const auto index = static_cast<std::size_t>(type);
    return index < kTypeNames.size() ? kTypeNames[index] : "a value";
}

std::string pointer_append(std::string_view pointer, std::string_view key) {
    std::string result;
    result.reserve(pointer.size() + key.size() + 1);
    result.append(pointer);
    result.push_back('/');
    for (char c : key) {
        if (c == '~') {
            result.append("~0");
        } else if (c == '/') {
            result.append("~1");
        } else {
            result.push_back(c);
        }
    }
    return result;
}

std::string pointer_append(std::string_view pointer, std::size_t index) {
    std::string result(pointer);
    result.push_back('/');
    result.append(std::to_string(index));
    return result;
}

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 if the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
            low = 0xA0; // no overlong forms
        } else if (lead == 0xED) {
            high = 0x9F; // no surrogates
        }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
            low = 0x90;
        } else if (lead == 0xF4) {
            high = 0x8F; // nothing above U+10FFFF
        }
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    if (byte(i + 1) < low || byte(i + 1) > high) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

} // namespace

std::string printable(std::string_view text, std::size_t max_bytes) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string result;
    std::size_t i = 0;
    while (i < text.size()) {
        if (result.size() >= max_bytes) {
            result.append("...");
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || c < 0x20 || c == 0x7F) {
            result.append("\\x");
            result.push_back(kHex[c >> 4]);
            result.push_back(kHex[c & 0xF]);
            i += 1;
        } else {
            result.append(text.substr(i, length));
            i += length;
        }
    }
    return result;
}

// [SECTION] TextMap

// Columns count characters (UTF-8 lead bytes), so they match what an editor shows.
TextMap::TextMap(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    std::size_t continuations = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kStride == 0) {
            continuations_.push_back(continuations);
        }
        if (text[i] == '\n') {
            line_starts_.push_back(i + 1);
        }
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
            ++continuations;
        }
    }
    continuations_.push_back(continuations);
}

std::size_t TextMap::continuation_bytes_before(std::size_t offset) const {
    const std::size_t stride = offset / kStride;
    std::size_t continuations = continuations_[stride];
    for (std::size_t i = stride * kStride; i < offset; ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) {
            ++continuations;
        }
    }
    return continuations;
}

int TextMap::line(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<int>(it - line_starts_.begin());
}

int TextMap::column(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t start = *(it - 1);
    const std::size_t continuations =
        continuation_bytes_before(offset) - continuation_bytes_before(start);
    return static_cast<int>(offset - start - continuations) + 1;
}

void TextMap::locate(Diagnostic& diagnostic, std::size_t offset) const {
    diagnostic.line = line(offset);
    diagnostic.column = column(offset);
}

// [SECTION] The SAX handler (tree builder)

namespace {

class Builder {
public:
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    Builder(std::string_view text, const ReadLimits& limits, const TextMap& map,
            std::vector<Diagnostic>& diagnostics)
        : text_(text), limits_(limits), map_(map), diagnostics_(diagnostics) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
            cursor_ = 3; // nlohmann skips a byte order mark too
        }
    }

    std::optional<Value> take_root() { return std::move(root_); }

    bool null() {
        Value value;
        value.offset = token_start();
        skip_literal();
        place(std::move(value));
        return true;
    }

    bool boolean(bool b) {
        Value value;
        value.type = Value::Type::Boolean;
        value.offset = token_start();
        value.boolean = b;
        skip_literal();
        place(std::move(value));
        return true;
    }

    bool number_integer(number_integer_t n) {
        Value value = number_token();
        value.number = static_cast<double>(n);
        value.integral = true;
        value.integer = n;
        place(std::move(value));
        return true;
    }

    bool number_unsigned(number_unsigned_t n) {
        Value value = number_token();
        value.number = static_cast<double>(n);
        if (n <= static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max())) {
            value.integral = true;
            value.integer = static_cast<std::int64_t>(n);
        }
        place(std::move(value));
        return true;
    }

    bool number_float(number_float_t n, const string_t& /*text*/) {
        Value value = number_token();
        value.number = n;
        place(std::move(value));
        return true;
    }

    bool string(string_t& s) {
        Value value;
        value.type = Value::Type::String;
        value.offset = token_start();
        skip_string();
        check_length(s, value.offset, [this] { return pointer_of_next(); });
        value.string = std::move(s);
        place(std::move(value));
        return true;
    }

    bool binary(binary_t& /*unused*/) { return false; } // JSON text has no binary values

    bool start_object(std::size_t /*unknown*/) { return open(Value::Type::Object); }
    bool start_array(std::size_t /*unknown*/) { return open(Value::Type::Array); }

    bool key(string_t& k) {
        Member member;
        member.key_offset = token_start();
        skip_string();
        Frame& frame = frames_.back();
        const auto key_pointer = [this, &k] {
            return pointer_append(pointer_of_frame(frames_.size() - 1), k);
        };
        check_length(k, member.key_offset, key_pointer);
        if (!frame.keys.insert(k).second) {
            member.duplicate = true;
            add(DiagnosticCode::DuplicateKey, key_pointer(),
                "duplicate key \"" + printable(k) + "\"", member.key_offset);
        }
        member.key = std::move(k);
        frame.value->members.push_back(std::move(member));
        return true;
    }

    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& error) {
        // nlohmann counts every character it reads, so `position` is one past the last one.
        const std::size_t end = std::min(position, text_.size() + 1);
        const std::size_t last = end == 0 ? 0 : std::min(end - 1, text_.size());
        const std::string_view what = error.what();
        if (what.find("number overflow") != std::string_view::npos) {
            add(DiagnosticCode::JsonSyntax, pointer_of_next(),
                "number " + printable(last_token) + " is out of range", last_token_start(end));
            return false;
        }
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
        // parsing value - unexpected ']'; expected ..." -> keep what follows " - ".
        std::string_view detail = what;
        if (const auto syntax = what.find("syntax error"); syntax != std::string_view::npos) {
            detail = what.substr(syntax);
            if (const auto dash = detail.find(" - "); dash != std::string_view::npos) {
                detail = detail.substr(dash + 3);
            }
        }
        if (detail.find("; expected end of input") != std::string_view::npos) {
            add(DiagnosticCode::JsonSyntax, "", "unexpected text after the end of the document",
                last_token_start(end));
            return false;
        }
        // The lexer failing inside a token ("invalid string: ill-formed UTF-8 byte; last read:
        // ...") stops at the offending byte; an unexpected but well-formed token is reported
        // where it starts.
        const bool inside_token = detail.find("; last read: ") != std::string_view::npos;
        add(DiagnosticCode::JsonSyntax, "", "syntax error: " + printable(detail, 160),
            inside_token ? last : last_token_start(end));
        return false;
    }

private:
    struct Frame {
        Value* value = nullptr;
        std::unordered_set<std::string> keys; // objects: the keys seen so far
    };

    // Start of the last token that ends before `end`: the tokens after the cursor are at most a
    // ',' or ':' the parser consumed silently, then the token it choked on.
    std::size_t last_token_start(std::size_t end) const {
        end = std::min(end, text_.size());
        std::size_t start = end;
        std::size_t at = cursor_;
        while (at < end) {
            const char c = text_[at];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++at;
                continue;
            }
            start = at;
            if (c == '"') {
                ++at;
                while (at < end && text_[at] != '"') {
                    at += text_[at] == '\\' ? 2 : 1;
                }
                ++at;
            } else if (c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']') {
                ++at;
            } else {
                ++at;
                while (at < end && text_[at] != ' ' && text_[at] != '\t' && text_[at] != '\n' &&
                       text_[at] != '\r' && text_[at] != ',' && text_[at] != ':' &&
                       text_[at] != '}' && text_[at] != ']' && text_[at] != '{' &&
                       text_[at] != '[' && text_[at] != '"') {
                    ++at;
                }
            }
        }
        return start;
    }

    std::size_t token_start() {
        while (cursor_ < text_.size()) {
            const char c = text_[cursor_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
                ++cursor_;
            } else {
                break;
            }
        }
        return cursor_;
    }

    void skip_string() {
        ++cursor_; // the opening quote
        while (cursor_ < text_.size()) {
            const char c = text_[cursor_];
            if (c == '\\') {
                cursor_ += 2;
            } else {
                ++cursor_;
                if (c == '"') {
                    break;
                }
            }
        }
    }

    void skip_literal() {
        while (cursor_ < text_.size() && text_[cursor_] >= 'a' && text_[cursor_] <= 'z') {
            ++cursor_;
        }
    }

    Value number_token() {
        Value value;
        value.type = Value::Type::Number;
        value.offset = token_start();
        while (cursor_ < text_.size()) {
            const char c = text_[cursor_];
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                c == 'E') {
                ++cursor_;
            } else {
                break;
            }
        }
        return value;
    }

    // The pointer of the container at frames_[depth].
    std::string pointer_of_frame(std::size_t depth) const {
        std::string pointer;
        for (std::size_t i = 0; i < depth; ++i) {
            pointer = segment(pointer, i, false);
        }
        return pointer;
    }

    // The pointer of the value about to be placed in the innermost container.
    std::string pointer_of_next() const {
        std::string pointer;
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            pointer = segment(pointer, i, i + 1 == frames_.size());
        }
        return pointer;
    }

    std::string segment(const std::string& pointer, std::size_t depth, bool innermost) const {
        const Value& container = *frames_[depth].value;
        if (container.is_object()) {
            return container.members.empty()
                       ? pointer
                       : pointer_append(pointer, container.members.back().key);
        }
        const std::size_t count = container.items.size();
        return pointer_append(pointer, innermost ? count : (count == 0 ? 0 : count - 1));
    }

    // `pointer` makes the value's JSON pointer: only for a diagnostic, since building one for
    // every string and key cost a third of loading a quiz in the browser.
    template <class PointerFn>
    void check_length(const std::string& s, std::size_t offset, const PointerFn& pointer) {
        if (s.size() > limits_.max_string_bytes) {
            add(DiagnosticCode::LimitExceeded, pointer(),
                "string of " + std::to_string(s.size()) + " bytes; the limit is " +
                    std::to_string(limits_.max_string_bytes) + " (max_string_bytes)",
                offset);
        }
    }

    Value* place(Value&& value) {
        if (frames_.empty()) {
            root_ = std::move(value);
            return &*root_;
        }
        Value& container = *frames_.back().value;
        if (container.is_array()) {
            container.items.push_back(std::move(value));
            return &container.items.back();
        }
        container.members.back().value = std::move(value);
        return &container.members.back().value;
    }

    bool open(Value::Type type) {
        const std::size_t offset = token_start();
        const int depth = static_cast<int>(frames_.size()) + 1;
        if (depth > limits_.max_depth) {
            add(DiagnosticCode::LimitExceeded, pointer_of_next(),
                "nesting depth " + std::to_string(depth) + " exceeds the limit of " +
                    std::to_string(limits_.max_depth) + " (max_depth)",
                offset);
            return false;
        }
        ++cursor_;
        Value value;
        value.type = type;
        value.offset = offset;
        Frame frame;
        frame.value = place(std::move(value));
        frames_.push_back(std::move(frame));
        return true;
    }

    bool close() {
        token_start();
        ++cursor_;
        frames_.pop_back();
        return true;
    }

    void add(DiagnosticCode code, std::string pointer, std::string message, std::size_t offset) {
        add_diagnostic(diagnostics_, map_, code, std::move(pointer), std::move(message), offset);
    }

    std::string_view text_;
    const ReadLimits& limits_;
    const TextMap& map_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t cursor_ = 0;
    std::optional<Value> root_;
    std::vector<Frame> frames_;
};

} // namespace

// [SECTION] read()

void add_diagnostic(std::vector<Diagnostic>& diagnostics, const TextMap& map, DiagnosticCode code,
                    std::string pointer, std::string message, std::size_t offset) {
    if (diagnostics.size() > kMaxCollectedDiagnostics) {
        return;
    }
    Diagnostic diagnostic;
    diagnostic.pointer = std::move(pointer);
    diagnostic.message = std::move(message);
    diagnostic.code = code;
    map.locate(diagnostic, offset);
    diagnostics.push_back(std::move(diagnostic));
}

void finish_diagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    if (diagnostics.size() > kMaxDiagnostics) {
        diagnostics.resize(kMaxDiagnostics);
        Diagnostic more;
        more.message = "too many problems; showing the first " + std::to_string(kMaxDiagnostics);
        more.code = DiagnosticCode::TooManyProblems;
        diagnostics.push_back(std::move(more));
    }
}

ReadResult read(std::string_view text, const ReadLimits& limits, const TextMap& map) {
    ReadResult result;
    Builder builder(text, limits, map, result.diagnostics);
    const bool complete = nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    if (complete) {
        result.root = builder.take_root();
    }
    return result;
}

} // namespace exposure::json
