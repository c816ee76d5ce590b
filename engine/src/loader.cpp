// load_quiz: content format v1 (JSON text) -> a validated Quiz, or every problem found.
//
// [SECTION] Diagnostics and small helpers
// [SECTION] Fields: reading one JSON object strictly
// [SECTION] Loader: values
// [SECTION] Loader: the sources file
// [SECTION] Loader: conditions and fixes
// [SECTION] Loader: categories, questions, bands, recommendations
// [SECTION] load_quiz()
// [SECTION] attach_sources()
//
// Two passes over the text, both linear: json::read() builds a small tree with offsets (syntax,
// UTF-8, duplicate keys, depth and string limits), then the Loader walks it once, mapping every
// field into the model and collecting every problem with its JSON pointer and line/column.
// Nothing here throws: nlohmann/json is only used through its SAX interface.
#include "exposure/loader.hpp"

#include "exposure/hash.hpp"
#include "exposure/scoring.hpp"
#include "json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

namespace exposure {
namespace {

using json::Member;
using json::Value;

// [SECTION] Diagnostics and small helpers

// Items of a list read: those within its limit (beyond it, the list is already an error, and
// reading on would only let hostile content cost time and memory).
std::size_t within(const Value& array, int limit) {
    return std::min(array.items.size(), static_cast<std::size_t>(std::max(limit, 0)));
}

std::string quote(std::string_view text) {
    return "\"" + json::printable(text) + "\"";
}

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string limit_text(std::size_t actual, std::string_view what, std::size_t limit,
                       std::string_view name) {
    return std::to_string(actual) + " " + std::string(what) + "; the limit is " +
           std::to_string(limit) + " (" + std::string(name) + ")";
}

// `reviewed`: "YYYY-MM" or "YYYY-MM-DD", a real month and a day from 01 to 31.
bool is_review_date(std::string_view text) {
    if (text.size() != 7 && text.size() != 10) {
        return false;
    }
    const auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return true;
    };
    const auto number = [&](std::size_t from) {
        return (text[from] - '0') * 10 + (text[from + 1] - '0');
    };
    if (!digits(0, 4) || text[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12) {
        return false;
    }
    return text.size() == 7 ||
           (text[7] == '-' && digits(8, 2) && number(8) >= 1 && number(8) <= 31);
}

// A language tag as content uses them: letters, digits and hyphens, starting with 2-3 letters
// ("en", "zh-Hans", "zh-Hant-HK").
bool is_language_tag(std::string_view text) {
    std::size_t letters = 0;
    while (letters < text.size() && ((text[letters] >= 'a' && text[letters] <= 'z') ||
                                     (text[letters] >= 'A' && text[letters] <= 'Z'))) {
        ++letters;
    }
    if (letters < 2 || letters > 3 || text.size() > 35) {
        return false;
    }
    for (std::size_t i = letters; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') ||
                        (c == '-' && i + 1 < text.size() && text[i - 1] != '-');
        if (!ok) {
            return false;
        }
    }
    return true;
}

class Loader;

// [SECTION] Fields: reading one JSON object strictly

// Hands out an object's members by name and, at the end, reports the ones nobody asked for
// (keys starting with "$" are left alone for editors: "$schema", "$comment").
class Fields {
public:
    Fields(Loader& loader, const Value& object, std::string pointer)
        : loader_(loader), object_(object), pointer_(std::move(pointer)),
          used_(object.members.size(), false) {}

    const std::string& pointer() const { return pointer_; }
    const Value& object() const { return object_; }
    std::string at(std::string_view key) const { return json::pointer_append(pointer_, key); }
    bool has(std::string_view key) const { return find(key) != nullptr; }

    const Value* optional(std::string_view key) {
        for (std::size_t i = 0; i < object_.members.size(); ++i) {
            const Member& member = object_.members[i];
            if (!member.duplicate && member.key == key) {
                used_[i] = true;
                return &member.value;
            }
        }
        return nullptr;
    }

    const Value* required(std::string_view key);
    void finish();

private:
    const Value* find(std::string_view key) const {
        for (const Member& member : object_.members) {
            if (!member.duplicate && member.key == key) {
                return &member.value;
            }
        }
        return nullptr;
    }

    Loader& loader_;
    const Value& object_;
    std::string pointer_;
    std::vector<bool> used_;
};

// [SECTION] Loader: values

class Loader {
public:
    Loader(const json::TextMap& map, const LoadLimits& limits, std::vector<Diagnostic>& out)
        : map_(map), limits_(limits), out_(out) {}

    void load(const Value& root, Quiz& quiz);

    void error(DiagnosticCode code, std::string pointer, std::string message, std::size_t offset) {
        json::add_diagnostic(out_, map_, code, std::move(pointer), std::move(message), offset);
    }

    void error(DiagnosticCode code, const Value& at, std::string pointer, std::string message) {
        error(code, std::move(pointer), std::move(message), at.offset);
    }

    // The most common problem: a value of the right type that breaks a rule of the format.
    void error(const Value& at, std::string pointer, std::string message) {
        error(DiagnosticCode::InvalidValue, at, std::move(pointer), std::move(message));
    }

    void expected(const Value& value, std::string pointer, std::string_view what) {
        error(DiagnosticCode::WrongType, value, std::move(pointer),
              "expected " + std::string(what) + ", got " +
                  std::string(json::type_name(value.type)));
    }

    // A condition's answer of the wrong type for its question's kind: "question "q" is single:
    // the answer must be <what>, not <type>".
    void expected_answer(const Question& question, const Value& answer, std::string pointer,
                         std::string_view what) {
        const std::string_view kind = question.kind == QuestionKind::Single ? "single" : "multi";
        error(DiagnosticCode::WrongType, answer, std::move(pointer),
              "question " + quote(question.id) + " is " + std::string(kind) +
                  ": the answer must be " + std::string(what) + ", not " +
                  std::string(json::type_name(answer.type)));
    }

private:
    // The field `key` when it is there and `is_type` holds for it; otherwise nullptr, after
    // reporting a missing required field or a value that is not `what`.
    const Value* typed(Fields& fields, std::string_view key, bool required,
                       bool (Value::*is_type)() const, std::string_view what) {
        const Value* value = required ? fields.required(key) : fields.optional(key);
        if (value == nullptr) {
            return nullptr;
        }
        if (!(value->*is_type)()) {
            expected(*value, fields.at(key), what);
            return nullptr;
        }
        return value;
    }

    // Typed reads of one field. Each reports a missing required field or a wrong type and
    // returns whether `out` was set.
    bool text(Fields& fields, std::string_view key, std::string& out, bool required = true) {
        const Value* value = typed(fields, key, required, &Value::is_string, "a string");
        if (value == nullptr) {
            return false;
        }
        out = value->string;
        return true;
    }

    bool id(Fields& fields, std::string& out) {
        if (!text(fields, "id", out)) {
            return false;
        }
        if (out.empty()) {
            error(*fields.optional("id"), fields.at("id"), "id must not be empty");
            return false;
        }
        return true;
    }

    bool number(Fields& fields, std::string_view key, double& out, bool required = true) {
        const Value* value = typed(fields, key, required, &Value::is_number, "a number");
        if (value == nullptr) {
            return false;
        }
        if (!std::isfinite(value->number)) {
            error(*value, fields.at(key), std::string(key) + " must be a finite number");
            return false;
        }
        out = value->number;
        return true;
    }

    bool flag(Fields& fields, std::string_view key, bool& out) {
        const Value* value = typed(fields, key, false, &Value::is_boolean, "true or false");
        if (value == nullptr) {
            return false;
        }
        out = value->boolean;
        return true;
    }

    // Checks that the field is an array within its count limit (the LoadLimits member named
    // "max_<key>"); returns it or nullptr.
    const Value* list(Fields& fields, std::string_view key, bool required, int limit) {
        const Value* value = typed(fields, key, required, &Value::is_array, "an array");
        if (value == nullptr) {
            return nullptr;
        }
        if (value->items.size() > static_cast<std::size_t>(limit)) {
            error(DiagnosticCode::LimitExceeded, *value, fields.at(key),
                  limit_text(value->items.size(), key, static_cast<std::size_t>(limit),
                             "max_" + std::string(key)));
        }
        return value;
    }

    // A list the quiz needs at least one of: list(), and an empty one is reported as "a quiz
    // needs at least one <one>".
    const Value* needed_list(Fields& top, std::string_view key, std::string_view one, int limit) {
        const Value* value = list(top, key, true, limit);
        if (value != nullptr && value->items.empty()) {
            error(*value, top.at(key), "a quiz needs at least one " + std::string(one));
        }
        return value;
    }

    // Reads the item's "id" into `out` and records it in `seen` (id -> index of the item in
    // the list at `list_pointer`), reporting a repeat.
    void unique_id(Fields& fields, std::string& out, std::unordered_map<std::string, int>& seen,
                   std::size_t index, std::string_view noun, const std::string& list_pointer) {
        if (!id(fields, out)) {
            return;
        }
        const auto [it, inserted] = seen.emplace(out, static_cast<int>(index));
        if (!inserted) {
            error(DiagnosticCode::DuplicateId, *fields.optional("id"), fields.at("id"),
                  "duplicate " + std::string(noun) + " id " + quote(out) + " (also " +
                      json::pointer_append(list_pointer, static_cast<std::size_t>(it->second)) +
                      ")");
        }
    }

    // The objects of a list, up to its limit, each with its index and Fields. An item that is
    // not an object is reported as "expected <what>" and left out. The caller reads each item's
    // fields and then calls finish() on them.
    struct ListItem {
        std::size_t index;
        Fields fields;
    };
    std::vector<ListItem> objects(const Value& array, int limit, const std::string& base,
                                  std::string_view what) {
        std::vector<ListItem> items;
        for (std::size_t i = 0; i < within(array, limit); ++i) {
            const Value& item = array.items[i];
            const std::string pointer = json::pointer_append(base, i);
            if (!item.is_object()) {
                expected(item, pointer, what);
                continue;
            }
            items.push_back(ListItem{i, Fields(*this, item, pointer)});
        }
        return items;
    }

    // objects() for a list read into `out`, which gets one element per item within the limit
    // (an item that is not an object leaves its element empty): each object comes with its
    // element.
    template <class T>
    struct Element {
        T& value;
        std::size_t index;
        Fields fields;
    };
    template <class T>
    std::vector<Element<T>> objects(const Value& array, int limit, const std::string& base,
                                    std::string_view what, std::vector<T>& out) {
        out.resize(within(array, limit));
        std::vector<Element<T>> elements;
        for (auto& [i, fields] : objects(array, limit, base, what)) {
            elements.push_back(Element<T>{out[i], i, std::move(fields)});
        }
        return elements;
    }

    // Resolves an option id of `question` (nullptr when the question itself is unknown: then
    // only the type is checked) and adds its index to `options` once.
    void option_id(const Value& id_value, const std::string& pointer, const Question* question,
                   std::vector<int>& options) {
        if (!id_value.is_string()) {
            expected(id_value, pointer, "an option id (a string)");
            return;
        }
        if (question == nullptr) {
            return;
        }
        const int index = find_option(*question, id_value.string);
        if (index < 0) {
            error(DiagnosticCode::UnknownReference, id_value, pointer,
                  "unknown option " + quote(id_value.string) + " for question " +
                      quote(question->id));
        } else if (std::find(options.begin(), options.end(), index) == options.end()) {
            options.push_back(index);
        }
    }

    void sources(Fields& fields, std::vector<Source>& out, bool required);
    void source_list(const Value& array, const std::string& pointer, std::vector<Source>& out);
    void evidence(Fields& fields, Source& source);
    void sources_file(Fields& top, Quiz& quiz);
    void no_sources_here(Fields& fields, const Quiz& quiz);

public:
    void attach(const Value& root, Quiz& quiz);

private:
    // [SECTION] Loader: conditions and fixes (declarations)
    struct Scope {
        int self = -1; // show_if: the question being read (may refer only to earlier ones)
    };
    std::optional<Condition> condition(const Value& value, const std::string& pointer, int depth,
                                       const Scope& scope);
    std::optional<Condition> leaf_condition(Fields& fields, const Scope& scope);
    Condition combined_condition(Fields& fields, int depth, const Scope& scope);
    bool condition_question(Fields& fields, const Scope& scope, int& out);
    std::optional<Fix> fix(const Value& value, const std::string& pointer);

    void reviewed(Fields& top, Quiz& quiz);
    void categories(Fields& top, Quiz& quiz);
    void questions(Fields& top, Quiz& quiz);
    void question(Fields& fields, const std::string& base, std::size_t index, Quiz& quiz);
    void question_category(Fields& fields, Question& question);
    void question_kind(Fields& fields, std::size_t index, Question& question);
    void options(Fields& fields, std::size_t index, Question& question);
    void cap(Fields& fields, std::size_t index, Question& question);
    void bands(Fields& top, Quiz& quiz);
    void recommendations(Fields& top, Quiz& quiz);

    const json::TextMap& map_;
    const LoadLimits& limits_;
    std::vector<Diagnostic>& out_;
    const Quiz* quiz_ = nullptr;
    std::unordered_map<std::string, int> category_ids_;
    std::unordered_map<std::string, int> question_ids_;  // every question in the file (first wins)
    std::vector<bool> kind_known_;                       // per question: `kind` was valid
    std::unordered_map<std::string, int> question_seen_; // ids met so far, for duplicates
    friend class Fields;
};

const Value* Fields::required(std::string_view key) {
    const Value* value = optional(key);
    if (value == nullptr) {
        loader_.error(DiagnosticCode::MissingField, object_, pointer_, "missing " + quote(key));
    }
    return value;
}

void Fields::finish() {
    for (std::size_t i = 0; i < object_.members.size(); ++i) {
        const Member& member = object_.members[i];
        if (used_[i] || member.duplicate || (!member.key.empty() && member.key[0] == '$')) {
            continue;
        }
        loader_.error(DiagnosticCode::UnknownKey, at(member.key),
                      "unknown key " + quote(member.key), member.key_offset);
    }
}

void Loader::sources(Fields& fields, std::vector<Source>& out, bool required) {
    if (const Value* array = list(fields, "sources", required, limits_.max_sources)) {
        source_list(*array, fields.at("sources"), out);
    }
}

void Loader::source_list(const Value& array, const std::string& pointer, std::vector<Source>& out) {
    for (auto& [index, source_fields] :
         objects(array, limits_.max_sources, pointer, "an object with \"title\" and \"url\"")) {
        Source source;
        text(source_fields, "title", source.title);
        if (text(source_fields, "url", source.url)) {
            const std::string_view url = source.url;
            if (url.substr(0, 8) != "https://") {
                error(*source_fields.optional("url"), source_fields.at("url"),
                      "url must start with https:// (sources are linked over https only)");
            } else if (url.size() == 8 || url.find_first_of(" \t\r\n") != std::string_view::npos) {
                error(*source_fields.optional("url"), source_fields.at("url"),
                      "url must name a page after https:// and hold no spaces");
            }
        }
        evidence(source_fields, source);
        source_fields.finish();
        out.push_back(std::move(source));
    }
}

// A source's evidence: "quote" (with its "quote_lang") and "checked" (a date), both optional.
void Loader::evidence(Fields& fields, Source& source) {
    text(fields, "quote", source.quote, false);
    const bool has_lang = text(fields, "quote_lang", source.quote_lang, false);
    if (!source.quote.empty() && !has_lang) {
        error(DiagnosticCode::MissingField, *fields.optional("quote"), fields.at("quote_lang"),
              "missing \"quote_lang\": the language the quote is in (e.g. \"en\", \"zh-Hans\")");
    } else if (has_lang && source.quote.empty()) {
        error(*fields.optional("quote_lang"), fields.at("quote_lang"),
              "quote_lang without a quote: give the passage of the source, or neither");
    } else if (has_lang && !is_language_tag(source.quote_lang)) {
        error(*fields.optional("quote_lang"), fields.at("quote_lang"),
              "quote_lang must be a language tag such as \"en\" or \"zh-Hans\", got " +
                  quote(source.quote_lang));
    }
    if (const Value* checked = fields.optional("checked")) {
        if (!checked->is_string()) {
            expected(*checked, fields.at("checked"), "a date as \"YYYY-MM-DD\"");
        } else if (checked->string.size() != 10 || !is_review_date(checked->string)) {
            error(*checked, fields.at("checked"),
                  "checked must be the date the quote was found, as \"YYYY-MM-DD\", got " +
                      quote(checked->string));
        } else {
            source.checked = checked->string;
        }
    }
}

// [SECTION] Loader: the sources file

// "sources_file": a plain file name beside the quiz file's (the page's files are in one folder).
void Loader::sources_file(Fields& top, Quiz& quiz) {
    std::string name;
    if (!text(top, "sources_file", name, false)) {
        return;
    }
    const bool plain = name.size() > 5 && name.size() <= 200 &&
                       name.compare(name.size() - 5, 5, ".json") == 0 && name[0] != '.' &&
                       std::all_of(name.begin(), name.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                       });
    if (!plain) {
        error(*top.optional("sources_file"), top.at("sources_file"),
              "sources_file must be a file name ending in .json (letters, digits, '.', '-', "
              "'_'), got " +
                  quote(name));
        return;
    }
    quiz.sources_file = std::move(name);
}

void Loader::no_sources_here(Fields& fields, const Quiz& quiz) {
    if (const Value* here = fields.optional("sources")) {
        error(*here, fields.at("sources"),
              "sources belong in " + quote(quiz.sources_file) +
                  " (this quiz's sources_file), not in the quiz file");
    }
}

// The sources file (attach_sources): its header must name this very quiz; then the sources of
// each question and recommendation, by id.
void Loader::attach(const Value& root, Quiz& quiz) {
    if (!root.is_object()) {
        expected(root, "", "an object");
        return;
    }
    Fields top(*this, root, "");
    if (const Value* schema = top.required("schema")) {
        if (!schema->is_number() || !schema->integral || schema->integer != 1) {
            error(DiagnosticCode::UnsupportedSchema, *schema, "/schema",
                  "unsupported sources file schema (this engine reads schema 1)");
            return;
        }
    }
    for (const auto& [key, expected_value] :
         {std::pair{"quiz", &quiz.id}, {"version", &quiz.version}, {"locale", &quiz.locale}}) {
        std::string value;
        if (text(top, key, value) && value != *expected_value) {
            error(*top.optional(key), top.at(key),
                  std::string("these are the sources of another quiz: ") + key + " is " +
                      quote(value) + ", the quiz's is " + quote(*expected_value));
        }
    }
    if (!out_.empty()) {
        return;
    }
    // Each question must be named (as a quiz file's questions must each have "sources"), each
    // recommendation may be.
    std::vector<bool> named(quiz.questions.size(), false);
    const auto by_id = [&](std::string_view key, auto find, auto& items) {
        const Value* object = typed(top, key, key == "questions", &Value::is_object, "an object");
        if (object == nullptr) {
            return;
        }
        const std::string base = top.at(key);
        for (const Member& member : object->members) {
            if (member.duplicate) {
                continue;
            }
            const std::string pointer = json::pointer_append(base, member.key);
            const int index = find(member.key);
            if (index < 0) {
                error(DiagnosticCode::UnknownReference, pointer,
                      "the quiz has no " +
                          std::string(key == "questions" ? "question " : "recommendation ") +
                          quote(member.key),
                      member.key_offset);
                continue;
            }
            if (key == "questions") {
                named[static_cast<std::size_t>(index)] = true;
            }
            const Value& array = member.value;
            if (!array.is_array()) {
                expected(array, pointer, "an array of sources");
                continue;
            }
            if (array.items.size() > static_cast<std::size_t>(limits_.max_sources)) {
                error(DiagnosticCode::LimitExceeded, array, pointer,
                      limit_text(array.items.size(), "sources",
                                 static_cast<std::size_t>(limits_.max_sources), "max_sources"));
            }
            std::vector<Source> read;
            source_list(array, pointer, read);
            items[static_cast<std::size_t>(index)].sources = std::move(read);
        }
    };
    by_id(
        "questions", [&](const std::string& id) { return quiz.find_question(id); }, quiz.questions);
    by_id(
        "recommendations",
        [&](const std::string& id) {
            for (std::size_t i = 0; i < quiz.recommendations.size(); ++i) {
                if (quiz.recommendations[i].id == id) {
                    return static_cast<int>(i);
                }
            }
            return -1;
        },
        quiz.recommendations);
    if (const Value* questions = top.optional("questions"); questions && questions->is_object()) {
        for (std::size_t i = 0; i < named.size(); ++i) {
            if (!named[i]) {
                error(DiagnosticCode::MissingField, *questions, "/questions",
                      "missing the sources of question " + quote(quiz.questions[i].id));
            }
        }
    }
    top.finish();
}

// [SECTION] Loader: conditions and fixes

bool Loader::condition_question(Fields& fields, const Scope& scope, int& out) {
    std::string question_id;
    if (!text(fields, "q", question_id)) {
        return false;
    }
    const Value& value = *fields.optional("q");
    const std::string pointer = fields.at("q");
    const bool in_show_if = scope.self >= 0;
    const auto it = question_ids_.find(question_id);
    if (it == question_ids_.end()) {
        error(DiagnosticCode::UnknownReference, value, pointer,
              "unknown question " + quote(question_id) +
                  (in_show_if ? " (questions must refer to earlier questions)" : ""));
        return false;
    }
    if (in_show_if && it->second == scope.self) {
        error(DiagnosticCode::ForwardReference, value, pointer,
              "question " + quote(question_id) +
                  " refers to itself (questions must refer to earlier questions)");
        return false;
    }
    if (in_show_if && it->second > scope.self) {
        error(DiagnosticCode::ForwardReference, value, pointer,
              "question " + quote(question_id) +
                  " comes after this one (questions must refer to earlier questions)");
        return false;
    }
    out = it->second;
    return true;
}

std::optional<Condition> Loader::condition(const Value& value, const std::string& pointer,
                                           int depth, const Scope& scope) {
    if (depth > limits_.max_condition_depth) {
        error(DiagnosticCode::LimitExceeded, value, pointer,
              "condition nesting depth " + std::to_string(depth) + " exceeds the limit of " +
                  std::to_string(limits_.max_condition_depth) + " (max_condition_depth)");
        return std::nullopt;
    }
    if (!value.is_object()) {
        expected(value, pointer, "a condition (an object)");
        return std::nullopt;
    }
    Fields fields(*this, value, pointer);
    const bool leaf = fields.has("q") || fields.has("is") || fields.has("in") || fields.has("has");
    const int forms = (leaf ? 1 : 0) + (fields.has("all") ? 1 : 0) + (fields.has("any") ? 1 : 0) +
                      (fields.has("not") ? 1 : 0);
    if (forms != 1) {
        error(value, pointer,
              forms == 0 ? "a condition needs one of \"q\", \"all\", \"any\" or \"not\""
                         : "a condition takes exactly one of \"q\", \"all\", \"any\" or \"not\"");
        return std::nullopt;
    }

    std::optional<Condition> result =
        leaf ? leaf_condition(fields, scope) : combined_condition(fields, depth, scope);
    fields.finish();
    return result;
}

// {"q": ID, "is": OPT} / {"q": ID, "has": OPT} / {"q": ID, "in": [OPT, ...]}
std::optional<Condition> Loader::leaf_condition(Fields& fields, const Scope& scope) {
    Condition result;
    const bool resolved = condition_question(fields, scope, result.question);
    const Question* question = resolved ? &quiz_->questions[result.question] : nullptr;
    const Value* is = fields.optional("is");
    const Value* in = fields.optional("in");
    const Value* has = fields.optional("has");
    const int tests = (is != nullptr ? 1 : 0) + (in != nullptr ? 1 : 0) + (has != nullptr ? 1 : 0);
    if (tests != 1) {
        error(fields.object(), fields.pointer(),
              "a condition on a question takes exactly one of \"is\", \"in\" or \"has\"");
        return std::nullopt;
    }
    if (is != nullptr) {
        result.kind = Condition::Kind::Is;
        option_id(*is, fields.at("is"), question, result.options);
    } else if (has != nullptr) {
        result.kind = Condition::Kind::Has;
        if (question != nullptr && kind_known_[static_cast<std::size_t>(result.question)] &&
            question->kind == QuestionKind::Single) {
            error(*has, fields.at("has"),
                  "\"has\" needs a multi question, and " + quote(question->id) +
                      " is single (use \"is\" or \"in\")");
        }
        option_id(*has, fields.at("has"), question, result.options);
    } else {
        result.kind = Condition::Kind::In;
        const std::string in_pointer = fields.at("in");
        if (!in->is_array()) {
            expected(*in, in_pointer, "an array of option ids");
        } else if (in->items.empty()) {
            error(*in, in_pointer, "\"in\" needs at least one option");
        } else {
            for (std::size_t i = 0; i < in->items.size(); ++i) {
                option_id(in->items[i], json::pointer_append(in_pointer, i), question,
                          result.options);
            }
        }
    }
    return result;
}

// {"not": CONDITION} / {"all": [CONDITION, ...]} / {"any": [CONDITION, ...]}
Condition Loader::combined_condition(Fields& fields, int depth, const Scope& scope) {
    Condition result;
    if (const Value* node = fields.optional("not")) {
        result.kind = Condition::Kind::Not;
        if (auto child = condition(*node, fields.at("not"), depth + 1, scope)) {
            result.children.push_back(std::move(*child));
        }
        return result;
    }
    const bool all = fields.has("all");
    result.kind = all ? Condition::Kind::All : Condition::Kind::Any;
    const Value& array = *fields.optional(all ? "all" : "any");
    const std::string array_pointer = fields.at(all ? "all" : "any");
    if (!array.is_array()) {
        expected(array, array_pointer, "an array of conditions");
        return result;
    }
    if (array.items.empty()) {
        error(array, array_pointer,
              std::string(all ? "\"all\"" : "\"any\"") + " needs at least one condition");
    }
    for (std::size_t i = 0; i < array.items.size(); ++i) {
        if (auto child = condition(array.items[i], json::pointer_append(array_pointer, i),
                                   depth + 1, scope)) {
            result.children.push_back(std::move(*child));
        }
    }
    return result;
}

std::optional<Fix> Loader::fix(const Value& value, const std::string& pointer) {
    if (!value.is_object()) {
        expected(value, pointer, "an object with \"q\" and \"answer\"");
        return std::nullopt;
    }
    Fields fields(*this, value, pointer);
    Fix result;
    const bool resolved = condition_question(fields, Scope{}, result.question);
    const Value* answer = fields.required("answer");
    fields.finish();
    if (!resolved || answer == nullptr) {
        return std::nullopt;
    }
    const Question& question = quiz_->questions[static_cast<std::size_t>(result.question)];
    if (!kind_known_[static_cast<std::size_t>(result.question)]) {
        return std::nullopt;
    }
    const std::string answer_pointer = fields.at("answer");
    if (question.kind == QuestionKind::Single) {
        if (!answer->is_string()) {
            expected_answer(question, *answer, answer_pointer, "one option id (a string)");
            return std::nullopt;
        }
        option_id(*answer, answer_pointer, &question, result.options);
        return result;
    }
    if (!answer->is_array()) {
        expected_answer(question, *answer, answer_pointer, "an array of option ids");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < answer->items.size(); ++i) {
        option_id(answer->items[i], json::pointer_append(answer_pointer, i), &question,
                  result.options);
    }
    std::sort(result.options.begin(), result.options.end());
    if (const int conflict = exclusive_conflict(question, result.options); conflict >= 0) {
        error(DiagnosticCode::ExclusiveNotAlone, *answer, answer_pointer,
              "option " + quote(question.options[static_cast<std::size_t>(conflict)].id) +
                  " is exclusive and cannot be chosen together with other options");
    }
    return result;
}

// [SECTION] Loader: categories, questions, bands, recommendations

void Loader::categories(Fields& top, Quiz& quiz) {
    const Value* array = needed_list(top, "categories", "category", limits_.max_categories);
    if (array == nullptr) {
        return;
    }
    const std::string base = top.at("categories");
    for (auto& [category, i, fields] :
         objects(*array, limits_.max_categories, base, "a category (an object)", quiz.categories)) {
        unique_id(fields, category.id, category_ids_, i, "category", base);
        text(fields, "title", category.title);
        text(fields, "description", category.description);
        if (number(fields, "weight", category.weight) && category.weight <= 0) {
            error(*fields.optional("weight"), fields.at("weight"),
                  "weight must be greater than 0, got " + number_text(category.weight));
        }
        fields.finish();
    }
}

void Loader::question(Fields& fields, const std::string& base, std::size_t index, Quiz& quiz) {
    Question& question = quiz.questions[index];
    unique_id(fields, question.id, question_seen_, index, "question", base);
    question_category(fields, question);
    question_kind(fields, index, question);
    text(fields, "prompt", question.prompt);
    text(fields, "help", question.help);
    if (quiz.sources_file.empty()) {
        sources(fields, question.sources, true);
    } else {
        no_sources_here(fields, quiz);
    }
    flag(fields, "skippable", question.skippable);
    options(fields, index, question);
    cap(fields, index, question);
    if (const Value* show_if = fields.optional("show_if")) {
        question.show_if =
            condition(*show_if, fields.at("show_if"), 1, Scope{static_cast<int>(index)});
    }
    question.max_points = max_points(question);
}

void Loader::question_category(Fields& fields, Question& question) {
    std::string category;
    if (!text(fields, "category", category)) {
        return;
    }
    const auto it = category_ids_.find(category);
    if (it == category_ids_.end()) {
        error(DiagnosticCode::UnknownReference, *fields.optional("category"), fields.at("category"),
              "unknown category " + quote(category));
    } else {
        question.category = it->second;
    }
}

void Loader::question_kind(Fields& fields, std::size_t index, Question& question) {
    std::string kind;
    if (!text(fields, "kind", kind)) {
        return;
    }
    if (kind == "single" || kind == "multi") {
        question.kind = kind == "single" ? QuestionKind::Single : QuestionKind::Multi;
        kind_known_[index] = true;
    } else {
        error(*fields.optional("kind"), fields.at("kind"),
              "unknown kind " + quote(kind) + " (use \"single\" or \"multi\")");
    }
}

void Loader::options(Fields& fields, std::size_t index, Question& question) {
    const Value* options = list(fields, "options", true, limits_.max_options);
    if (options == nullptr) {
        return;
    }
    const std::string options_base = fields.at("options");
    if (options->items.size() < 2) {
        error(*options, options_base,
              "a question needs at least 2 options, got " + std::to_string(options->items.size()));
    }
    std::unordered_map<std::string, int> option_ids;
    for (auto& [option, i, option_fields] : objects(*options, limits_.max_options, options_base,
                                                    "an option (an object)", question.options)) {
        unique_id(option_fields, option.id, option_ids, i, "option", options_base);
        text(option_fields, "label", option.label);
        text(option_fields, "detail", option.detail, false);
        if (number(option_fields, "points", option.points) && option.points < 0) {
            error(*option_fields.optional("points"), option_fields.at("points"),
                  "points must be 0 or more, got " + number_text(option.points));
        }
        flag(option_fields, "exclusive", option.exclusive);
        // "exclusive" means "alone among the chosen options": a single question has no others.
        if (option_fields.has("exclusive") && kind_known_[index] &&
            question.kind == QuestionKind::Single) {
            error(*option_fields.optional("exclusive"), option_fields.at("exclusive"),
                  "\"exclusive\" applies only to multi questions");
        }
        option_fields.finish();
    }
}

void Loader::cap(Fields& fields, std::size_t index, Question& question) {
    double cap = 0;
    if (!number(fields, "cap", cap, false)) {
        return;
    }
    if (kind_known_[index] && question.kind == QuestionKind::Single) {
        error(*fields.optional("cap"), fields.at("cap"), "\"cap\" applies only to multi questions");
    } else if (cap <= 0) {
        error(*fields.optional("cap"), fields.at("cap"),
              "cap must be greater than 0, got " + number_text(cap));
    } else {
        question.cap = cap;
    }
}

void Loader::questions(Fields& top, Quiz& quiz) {
    const Value* array = needed_list(top, "questions", "question", limits_.max_questions);
    if (array == nullptr) {
        return;
    }
    const std::string base = top.at("questions");
    // Every id first, so a show_if naming a later question can say so.
    const std::size_t count = within(*array, limits_.max_questions);
    for (std::size_t i = 0; i < count; ++i) {
        for (const Member& member : array->items[i].members) {
            if (member.key == "id" && !member.duplicate && member.value.is_string() &&
                !member.value.string.empty()) {
                question_ids_.emplace(member.value.string, static_cast<int>(i));
            }
        }
    }
    quiz.questions.resize(count);
    kind_known_.assign(count, false);
    for (auto& [i, fields] :
         objects(*array, limits_.max_questions, base, "a question (an object)")) {
        question(fields, base, i, quiz);
        fields.finish();
    }
}

void Loader::bands(Fields& top, Quiz& quiz) {
    const Value* array =
        needed_list(top, "bands", "band (the last with \"max\": 100)", limits_.max_bands);
    if (array == nullptr || array->items.empty()) {
        return;
    }
    const std::string base = top.at("bands");
    std::unordered_map<std::string, int> band_ids;
    std::optional<double> previous;
    const Value* last_max = nullptr; // the valid max of the band read last
    std::string last_max_pointer;
    for (auto& [band, i, fields] :
         objects(*array, limits_.max_bands, base, "a band (an object)", quiz.bands)) {
        last_max = nullptr;
        unique_id(fields, band.id, band_ids, i, "band", base);
        if (number(fields, "max", band.max)) {
            const Value& max_value = *fields.optional("max");
            if (band.max < 0 || band.max > 100) {
                error(max_value, fields.at("max"),
                      "max must be between 0 and 100, got " + number_text(band.max));
            } else if (previous && band.max <= *previous) {
                error(max_value, fields.at("max"),
                      "band maxima must ascend strictly: " + number_text(band.max) + " after " +
                          number_text(*previous));
            } else {
                last_max = &max_value;
                last_max_pointer = fields.at("max");
            }
            previous = band.max;
        }
        text(fields, "title", band.title);
        text(fields, "summary", band.summary);
        fields.finish();
    }
    // Only the last band's own max counts (a last item that is not a band says nothing).
    const bool last_is_band = array->items[quiz.bands.size() - 1].is_object();
    if (last_is_band && last_max != nullptr && last_max->number != 100) {
        error(*last_max, last_max_pointer,
              "the last band's max must be 100, got " + number_text(last_max->number));
    }
}

void Loader::recommendations(Fields& top, Quiz& quiz) {
    const Value* array = list(top, "recommendations", true, limits_.max_recommendations);
    if (array == nullptr) {
        return;
    }
    const std::string base = top.at("recommendations");
    std::unordered_map<std::string, int> ids;
    for (auto& [recommendation, i, fields] :
         objects(*array, limits_.max_recommendations, base, "a recommendation (an object)",
                 quiz.recommendations)) {
        unique_id(fields, recommendation.id, ids, i, "recommendation", base);
        text(fields, "title", recommendation.title);
        text(fields, "body", recommendation.body);
        if (const Value* when = fields.optional("when")) {
            recommendation.when = condition(*when, fields.at("when"), 1, Scope{});
        }
        if (const Value* fix_value = fields.optional("fix")) {
            recommendation.fix = fix(*fix_value, fields.at("fix"));
        }
        if (quiz.sources_file.empty()) {
            sources(fields, recommendation.sources, false);
        } else {
            no_sources_here(fields, quiz);
        }
        fields.finish();
    }
}

void Loader::reviewed(Fields& top, Quiz& quiz) {
    const Value* value = top.optional("reviewed");
    if (value == nullptr) {
        return;
    }
    if (!value->is_string()) {
        expected(*value, "/reviewed", "a date as \"YYYY-MM\" or \"YYYY-MM-DD\"");
    } else if (!is_review_date(value->string)) {
        error(*value, "/reviewed",
              "reviewed must be a date as \"YYYY-MM\" or \"YYYY-MM-DD\", got " +
                  quote(value->string));
    } else {
        quiz.reviewed = value->string;
    }
}

void Loader::load(const Value& root, Quiz& quiz) {
    quiz_ = &quiz;
    if (!root.is_object()) {
        expected(root, "", "an object");
        return;
    }
    Fields top(*this, root, "");

    if (const Value* schema = top.required("schema")) {
        if (!schema->is_number()) {
            expected(*schema, "/schema", "a whole number");
        } else if (!schema->integral || schema->integer != kSchemaVersion) {
            // Another format: its other fields mean other things, so this is the only report.
            error(DiagnosticCode::UnsupportedSchema, *schema, "/schema",
                  "unsupported schema " + number_text(schema->number) +
                      " (this engine reads schema " + std::to_string(kSchemaVersion) + ")");
            return;
        }
    }
    text(top, "id", quiz.id);
    text(top, "version", quiz.version);
    text(top, "locale", quiz.locale);
    text(top, "title", quiz.title);
    text(top, "intro", quiz.intro);
    text(top, "outro", quiz.outro, false);
    if (const Value* minutes = top.optional("minutes")) {
        if (!minutes->is_number()) {
            expected(*minutes, "/minutes", "a whole number");
        } else if (!minutes->integral || minutes->integer < 1 || minutes->integer > 100000) {
            error(*minutes, "/minutes",
                  "minutes must be a whole number from 1 to 100000, got " +
                      number_text(minutes->number));
        } else {
            quiz.minutes = static_cast<int>(minutes->integer);
        }
    }
    reviewed(top, quiz);
    sources_file(top, quiz);
    categories(top, quiz);
    questions(top, quiz);
    bands(top, quiz);
    recommendations(top, quiz);
    top.finish();
}

} // namespace

// [SECTION] load_quiz()

namespace {

// Reads `json_text` within `limits` and hands its tree (with the map from offsets to lines) to
// `use`; the problems found on the way go to `out`, in text order and capped. `what` names the
// text in the size message ("content", "sources file"). What load_quiz and attach_sources share.
template <class Use>
void read_document(std::string_view json_text, const LoadLimits& limits, std::string_view what,
                   std::vector<Diagnostic>& out, Use&& use) {
    if (json_text.size() > limits.max_bytes) {
        Diagnostic diagnostic;
        diagnostic.message = std::string(what) + " is " + std::to_string(json_text.size()) +
                             " bytes; the limit is " + std::to_string(limits.max_bytes) +
                             " bytes (max_bytes)";
        diagnostic.code = DiagnosticCode::LimitExceeded;
        out.push_back(std::move(diagnostic));
        return;
    }
    const json::TextMap map(json_text);
    json::ReadLimits read_limits;
    read_limits.max_depth = limits.max_depth;
    read_limits.max_string_bytes = limits.max_string_bytes;
    json::ReadResult read = json::read(json_text, read_limits, map);
    out = std::move(read.diagnostics);
    if (read.root)
        use(*read.root, map);
    json::finish_diagnostics(out);
}

} // namespace

Outcome<Quiz> load_quiz(std::string_view json_text, const LoadLimits& limits) {
    Outcome<Quiz> outcome;
    Quiz quiz;
    read_document(json_text, limits, "content", outcome.diagnostics,
                  [&](const Value& root, const json::TextMap& map) {
                      Loader(map, limits, outcome.diagnostics).load(root, quiz);
                  });
    if (outcome.diagnostics.empty()) {
        quiz.schema = kSchemaVersion;
        quiz.content_hash = fnv1a_32(json_text);
        outcome.value = std::move(quiz);
    }
    return outcome;
}

// [SECTION] attach_sources()

std::vector<Diagnostic> attach_sources(Quiz& quiz, std::string_view json_text,
                                       const LoadLimits& limits) {
    std::vector<Diagnostic> problems;
    read_document(json_text, limits, "sources file", problems,
                  [&](const Value& root, const json::TextMap& map) {
                      // Read into a copy: the quiz keeps its state unless the whole file is good.
                      Quiz filled = quiz;
                      Loader(map, limits, problems).attach(root, filled);
                      if (!problems.empty())
                          return;
                      // Only the sources move: whoever points into the quiz (a Session) keeps
                      // pointing.
                      for (std::size_t i = 0; i < quiz.questions.size(); ++i)
                          quiz.questions[i].sources = std::move(filled.questions[i].sources);
                      for (std::size_t i = 0; i < quiz.recommendations.size(); ++i)
                          quiz.recommendations[i].sources =
                              std::move(filled.recommendations[i].sources);
                      quiz.sources_file.clear();
                  });
    return problems;
}

} // namespace exposure
