// Translations (translation.hpp): the texts of a quiz by pointer, reading and writing translation
// files, and putting a language's texts into a quiz.
//
// [SECTION] The texts of a quiz
// [SECTION] Reading a translation file
// [SECTION] Translating and checking
// [SECTION] Writing a translation file
// [SECTION] needs_translation
#include "exposure/translation.hpp"

#include "exposure/hash.hpp"
#include "json_reader.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <set>
#include <utility>

namespace exposure {

namespace {

// -------------------------------------------------------------------------------------------
// [SECTION] The texts of a quiz
// -------------------------------------------------------------------------------------------

std::string at(std::initializer_list<std::string_view> keys) {
    std::string pointer;
    for (std::string_view key : keys) {
        pointer = json::pointer_append(pointer, key);
    }
    return pointer;
}

// Calls visit(pointer, text) for every text of the quiz that a translation carries, in the
// order of the quiz file; `text` is a reference into the quiz, so a caller may change it.
// Texts that are empty are skipped. A source's title is visited for every source object with
// that URL, under the same pointer.
template <typename QuizType, typename Visit>
void for_each_text(QuizType& quiz, Visit visit) {
    const auto text = [&](const std::string& pointer, auto& value) {
        if (!value.empty()) {
            visit(pointer, value);
        }
    };
    text("/title", quiz.title);
    text("/intro", quiz.intro);
    text("/outro", quiz.outro);
    for (auto& category : quiz.categories) {
        text(at({"categories", category.id, "title"}), category.title);
        text(at({"categories", category.id, "description"}), category.description);
    }
    for (auto& question : quiz.questions) {
        text(at({"questions", question.id, "prompt"}), question.prompt);
        text(at({"questions", question.id, "help"}), question.help);
        for (auto& option : question.options) {
            text(at({"questions", question.id, "options", option.id, "label"}), option.label);
            text(at({"questions", question.id, "options", option.id, "detail"}), option.detail);
        }
    }
    for (auto& band : quiz.bands) {
        text(at({"bands", band.id, "title"}), band.title);
        text(at({"bands", band.id, "summary"}), band.summary);
    }
    for (auto& recommendation : quiz.recommendations) {
        text(at({"recommendations", recommendation.id, "title"}), recommendation.title);
        text(at({"recommendations", recommendation.id, "body"}), recommendation.body);
    }
    const auto sources = [&](auto& list) {
        for (auto& source : list) {
            text(at({"sources", source.url, "title"}), source.title);
        }
    };
    for (auto& question : quiz.questions) {
        sources(question.sources);
    }
    for (auto& recommendation : quiz.recommendations) {
        sources(recommendation.sources);
    }
}

// A text for a message, shortened unless the reader needs all of it (`max_bytes`).
std::string in_quotes(std::string_view text, std::size_t max_bytes = 60) {
    return "\"" + json::printable(text, max_bytes) + "\"";
}

// -------------------------------------------------------------------------------------------
// [SECTION] Reading a translation file
// -------------------------------------------------------------------------------------------

class TranslationReader {
public:
    TranslationReader(const json::TextMap& map, std::vector<Diagnostic>& out,
                      Translation& translation)
        : map_(map), out_(out), translation_(translation) {}

    void read(const json::Value& root) {
        if (!root.is_object()) {
            problem(DiagnosticCode::WrongType, "", "expected an object", root.offset);
            return;
        }
        bool has_locale = false;
        for (const json::Member& member : root.members) {
            if (skipped(member)) {
                continue;
            }
            const std::string pointer = json::pointer_append("", member.key);
            if (member.key == "locale") {
                has_locale = member.value.is_string() && !member.value.string.empty();
                if (has_locale) {
                    translation_.locale = member.value.string;
                } else {
                    problem(DiagnosticCode::WrongType, pointer,
                            "locale must be a language tag (\"zh-Hans\")", member.value.offset);
                }
            } else {
                node(member.value, pointer, member.key_offset);
            }
        }
        if (!has_locale) {
            problem(DiagnosticCode::MissingField, "", "missing \"locale\"", root.offset);
        }
    }

private:
    static bool skipped(const json::Member& member) {
        return member.duplicate || (!member.key.empty() && member.key[0] == '$');
    }

    void problem(DiagnosticCode code, std::string pointer, std::string message,
                 std::size_t offset) {
        json::add_diagnostic(out_, map_, code, std::move(pointer), std::move(message), offset);
    }

    // An object is either an entry ({"text", "from"}) or holds entries and objects below it.
    void node(const json::Value& value, const std::string& pointer, std::size_t key_offset) {
        if (!value.is_object()) {
            problem(DiagnosticCode::WrongType, pointer,
                    "expected {\"text\": ..., \"from\": ...} or an object of them", value.offset);
            return;
        }
        const bool is_entry = std::any_of(value.members.begin(), value.members.end(),
                                          [](const json::Member& m) { return m.key == "text"; });
        if (!is_entry) {
            for (const json::Member& member : value.members) {
                if (!skipped(member)) {
                    node(member.value, json::pointer_append(pointer, member.key),
                         member.key_offset);
                }
            }
            return;
        }
        TranslationEntry entry;
        bool has_text = false, has_from = false;
        for (const json::Member& member : value.members) {
            if (skipped(member)) {
                continue;
            }
            const std::string field = json::pointer_append(pointer, member.key);
            if (member.key == "text" || member.key == "from") {
                if (!member.value.is_string()) {
                    problem(DiagnosticCode::WrongType, field,
                            "expected a string, got " +
                                std::string(json::type_name(member.value.type)),
                            member.value.offset);
                } else if (member.key == "text") {
                    entry.text = member.value.string;
                    has_text = true;
                } else {
                    entry.from = member.value.string;
                    has_from = is_hash(entry.from);
                    if (!has_from) {
                        problem(DiagnosticCode::InvalidValue, field,
                                "from must be the 8 hex digits `exposure translations` writes "
                                "(the hash of the source text), got " +
                                    in_quotes(entry.from),
                                member.value.offset);
                    }
                }
            } else {
                problem(DiagnosticCode::UnknownKey, field,
                        "unknown key " + in_quotes(member.key) +
                            " (an entry has \"text\" and \"from\")",
                        member.key_offset);
            }
        }
        if (has_text && entry.text.empty()) {
            problem(DiagnosticCode::InvalidValue, json::pointer_append(pointer, "text"),
                    "text must not be empty (leave the entry out instead)", value.offset);
        }
        if (!value.members.empty() &&
            std::none_of(value.members.begin(), value.members.end(),
                         [](const json::Member& m) { return m.key == "from"; })) {
            problem(DiagnosticCode::MissingField, pointer,
                    "missing \"from\": the hash of the source text this translates", value.offset);
        }
        entry.line = map_.line(key_offset);
        entry.column = map_.column(key_offset);
        if (has_text && has_from) {
            translation_.entries[pointer] = std::move(entry);
        }
    }

    static bool is_hash(const std::string& text) {
        return text.size() == 8 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
    }

    const json::TextMap& map_;
    std::vector<Diagnostic>& out_;
    Translation& translation_;
};

} // namespace

Outcome<Translation> load_translation(std::string_view json_text) {
    Outcome<Translation> outcome;
    const json::TextMap map(json_text);
    json::ReadLimits limits;
    limits.max_string_bytes = 8 * 1024;
    json::ReadResult read = json::read(json_text, limits, map);
    outcome.diagnostics = std::move(read.diagnostics);
    Translation translation;
    if (read.root) {
        TranslationReader(map, outcome.diagnostics, translation).read(*read.root);
    }
    json::finish_diagnostics(outcome.diagnostics);
    if (outcome.diagnostics.empty()) {
        outcome.value = std::move(translation);
    }
    return outcome;
}

std::string text_hash(std::string_view text) {
    char buffer[9];
    std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(fnv1a_32(text)));
    return buffer;
}

std::vector<TextSlot> text_slots(const Quiz& quiz) {
    std::vector<TextSlot> slots;
    std::set<std::string> seen;
    for_each_text(quiz, [&](const std::string& pointer, const std::string& text) {
        if (seen.insert(pointer).second) {
            slots.push_back(TextSlot{pointer, text});
        }
    });
    return slots;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Translating and checking
// -------------------------------------------------------------------------------------------

namespace {

const TranslationEntry* find_entry(const std::vector<const Translation*>& chain,
                                   const std::string& pointer) {
    for (const Translation* translation : chain) {
        const auto it = translation->entries.find(pointer);
        if (it != translation->entries.end()) {
            return &it->second;
        }
    }
    return nullptr;
}

Diagnostic at_entry(DiagnosticCode code, std::string pointer, std::string message,
                    const TranslationEntry* entry) {
    return Diagnostic{std::move(pointer), std::move(message), entry ? entry->line : 0,
                      entry ? entry->column : 0, code};
}

} // namespace

Outcome<Quiz> translate(const Quiz& source, const std::vector<const Translation*>& chain,
                        std::string_view locale) {
    Outcome<Quiz> outcome;
    Quiz quiz = source;
    std::set<std::string> reported;
    for_each_text(quiz, [&](const std::string& pointer, std::string& text) {
        if (const TranslationEntry* entry = find_entry(chain, pointer)) {
            text = entry->text;
        } else if (reported.insert(pointer).second) {
            outcome.diagnostics.push_back(at_entry(DiagnosticCode::TranslationMissing, pointer,
                                                   "no " + std::string(locale) +
                                                       " text for this (the source says " +
                                                       in_quotes(text) + ")",
                                                   nullptr));
        }
    });
    quiz.locale = std::string(locale);
    quiz.content_hash = 0; // the hash of a file's bytes (share format 1): this quiz has no file
    if (outcome.diagnostics.empty()) {
        outcome.value = std::move(quiz);
    }
    return outcome;
}

std::vector<Diagnostic> check_translation(const Quiz& source, const Translation& translation,
                                          bool variant) {
    std::vector<Diagnostic> problems;
    std::set<std::string> slots;
    for (const TextSlot& slot : text_slots(source)) {
        slots.insert(slot.pointer);
        const auto it = translation.entries.find(slot.pointer);
        if (it == translation.entries.end()) {
            if (!variant) {
                problems.push_back(at_entry(DiagnosticCode::TranslationMissing, slot.pointer,
                                            "missing: the source says " + in_quotes(slot.text),
                                            nullptr));
            }
            continue;
        }
        const TranslationEntry& entry = it->second;
        if (entry.from != text_hash(slot.text)) {
            problems.push_back(
                at_entry(DiagnosticCode::TranslationStale, slot.pointer,
                         "stale: the source text changed since this was translated (now " +
                             in_quotes(slot.text, slot.text.size()) +
                             "); update the text, then `exposure translations " +
                             "PACKAGE --stamp " + translation.locale + " " + slot.pointer + "`",
                         &entry));
        } else if (entry.text == slot.text && needs_translation(slot.text)) {
            problems.push_back(at_entry(DiagnosticCode::TranslationUntranslated, slot.pointer,
                                        "untranslated: the same as the source text", &entry));
        }
    }
    for (const auto& [pointer, entry] : translation.entries) {
        if (slots.count(pointer) == 0) {
            problems.push_back(at_entry(DiagnosticCode::TranslationExtra, pointer,
                                        "the quiz has no such text (a removed or renamed id?)",
                                        &entry));
        }
    }
    return problems;
}

// -------------------------------------------------------------------------------------------
// [SECTION] Writing a translation file
// -------------------------------------------------------------------------------------------

namespace {

std::string json_string(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The keys of a pointer: "/questions/q1/prompt" -> {"questions", "q1", "prompt"}.
std::vector<std::string> keys_of(const std::string& pointer) {
    std::vector<std::string> keys;
    std::string key;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            keys.push_back(key);
            key.clear();
        } else if (pointer[i] == '~' && i + 1 < pointer.size()) {
            key += pointer[++i] == '1' ? '/' : '~';
        } else {
            key += pointer[i];
        }
    }
    return keys;
}

// A tree of keys in the order they were first added; leaves hold an entry. (Keys and children
// side by side: a vector may hold the incomplete Node, a pair may not.)
struct Node {
    std::vector<std::string> keys;
    std::vector<Node> children;
    const TranslationEntry* entry = nullptr;

    Node& child(const std::string& key) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key) {
                return children[i];
            }
        }
        keys.push_back(key);
        return children.emplace_back();
    }
};

void write_node(const Node& node, int depth, std::string& out) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        const std::string& key = node.keys[i];
        const Node& child = node.children[i];
        out += indent + json_string(key) + ": ";
        if (child.entry != nullptr) {
            out += "{\"text\": " + json_string(child.entry->text) +
                   ", \"from\": " + json_string(child.entry->from) + "}";
        } else {
            out += "{\n";
            write_node(child, depth + 1, out);
            out += indent + "}";
        }
        out += i + 1 < node.children.size() ? ",\n" : "\n";
    }
}

} // namespace

std::string write_translation(const Quiz& source, const Translation& translation) {
    Node root;
    std::set<std::string> written;
    const auto add = [&](const std::string& pointer, const TranslationEntry& entry) {
        Node* node = &root;
        for (const std::string& key : keys_of(pointer)) {
            node = &node->child(key);
        }
        node->entry = &entry;
        written.insert(pointer);
    };
    for (const TextSlot& slot : text_slots(source)) {
        const auto it = translation.entries.find(slot.pointer);
        if (it != translation.entries.end()) {
            add(slot.pointer, it->second);
        }
    }
    for (const auto& [pointer, entry] : translation.entries) {
        if (written.count(pointer) == 0) {
            add(pointer, entry); // entries for texts the quiz lacks are kept, at the end
        }
    }
    std::string out = "{\n  \"locale\": " + json_string(translation.locale);
    out += root.children.empty() ? "\n" : ",\n";
    write_node(root, 1, out);
    return out + "}\n";
}

// -------------------------------------------------------------------------------------------
// [SECTION] needs_translation
// -------------------------------------------------------------------------------------------

namespace {

// Names that stay the same in every language. Kept short: a name only belongs here when a
// shipped text that is nothing but names and numbers would otherwise count as untranslated.
constexpr std::array<std::string_view, 14> kProductNames{
    "WeChat",  "Weixin", "WhatsApp", "Signal", "Telegram", "iMessage", "Messenger",
    "Android", "iPhone", "iCloud",   "Google", "Apple",    "Tencent",  "Facebook",
};

bool is_ascii_letter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

} // namespace

bool needs_translation(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.substr(i).starts_with("http://") || text.substr(i).starts_with("https://")) {
            while (i < text.size() && text[i] != ' ') {
                ++i;
            }
            continue;
        }
        if (!is_ascii_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_ascii_letter(text[end])) {
            ++end;
        }
        const std::string_view word = text.substr(i, end - i);
        bool name = false;
        for (std::string_view product : kProductNames) {
            name = name || word == product;
        }
        if (word.size() >= 4 && !name) {
            return true;
        }
        i = end;
    }
    return false;
}

} // namespace exposure
