// A small JSON document with byte offsets, read without exceptions (private to the engine).
//
// nlohmann/json's SAX parser does the lexing and validation (syntax, UTF-8, numbers); our handler
// builds a light tree in which every value and key remembers where it starts in the text, so
// the loaders can report "line:column" for a bad value and not only for syntax errors. The same
// pass rejects duplicate keys, nesting beyond a depth limit and oversized strings.
#pragma once

#include "exposure/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exposure::json {

struct Member;

struct Value {
    enum class Type { Null, Boolean, Number, String, Array, Object };
    Type type = Type::Null;
    std::size_t offset = 0; // byte offset of the value's first character in the text
    bool boolean = false;
    double number = 0;
    bool integral = false;    // Number written without fraction or exponent, fits std::int64_t
    std::int64_t integer = 0; // valid when integral
    std::string string;
    std::vector<Value> items;    // Array
    std::vector<Member> members; // Object, in text order

    bool is_object() const { return type == Type::Object; }
    bool is_array() const { return type == Type::Array; }
    bool is_string() const { return type == Type::String; }
    bool is_number() const { return type == Type::Number; }
    bool is_boolean() const { return type == Type::Boolean; }
    bool is_null() const { return type == Type::Null; }
};

struct Member {
    std::string key;
    std::size_t key_offset = 0; // byte offset of the key's opening quote
    bool duplicate = false;     // a later repeat of an earlier key: reported, to be ignored
    Value value;
};

// "a string", "a number", ... for messages.
std::string_view type_name(Value::Type type);

// Appends "/" + the key escaped as RFC 6901 asks (~ -> ~0, / -> ~1).
std::string pointer_append(std::string_view pointer, std::string_view key);
std::string pointer_append(std::string_view pointer, std::size_t index);

// Maps byte offsets to 1-based line and column (columns count characters, not bytes).
class TextMap {
public:
    explicit TextMap(std::string_view text);
    int line(std::size_t offset) const;
    int column(std::size_t offset) const;
    // Sets diagnostic.line / column from the offset.
    void locate(Diagnostic& diagnostic, std::size_t offset) const;

private:
    // Continuation bytes (10xxxxxx) in text[0, offset). Counting characters from the line start
    // instead made column() linear in the line's length, and a one-line document with many
    // problems quadratic (minutes for 1.5 MB of repeated keys), so the count is kept every
    // kStride bytes and column() scans at most 2 * kStride bytes.
    std::size_t continuation_bytes_before(std::size_t offset) const;
    static constexpr std::size_t kStride = 256;

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> continuations_; // continuation bytes before i * kStride
};

// At most kMaxDiagnostics problems are shown; the last entry then says there were more. Hostile
// input under max_bytes could have millions, so readers stop collecting at a bounded number
// (enough to sort and cut meaningfully).
inline constexpr std::size_t kMaxDiagnostics = 500;
inline constexpr std::size_t kMaxCollectedDiagnostics = 10 * kMaxDiagnostics;

// Adds a problem at a byte offset, unless kMaxCollectedDiagnostics are already collected.
void add_diagnostic(std::vector<Diagnostic>& diagnostics, const TextMap& map, DiagnosticCode code,
                    std::string pointer, std::string message, std::size_t offset);

// Sorts into text order, keeps the first kMaxDiagnostics and notes that there were more.
void finish_diagnostics(std::vector<Diagnostic>& diagnostics);

struct ReadLimits {
    int max_depth = 64;
    std::size_t max_string_bytes = 8 * 1024;
};

struct ReadResult {
    std::optional<Value> root;           // absent after a syntax error or an exceeded depth
    std::vector<Diagnostic> diagnostics; // with pointers and positions filled in
};

// Parses the text. Duplicate keys and oversized strings are diagnosed but do not stop the read
// (the root is still given, duplicates flagged), so callers can report more problems in one pass.
ReadResult read(std::string_view text, const ReadLimits& limits, const TextMap& map);

// Replaces bytes that are not valid UTF-8 and control characters by "\xNN" and shortens the text
// to about max_bytes, so a message quoting hostile input is itself safe to print and to encode.
std::string printable(std::string_view text, std::size_t max_bytes = 60);

} // namespace exposure::json
