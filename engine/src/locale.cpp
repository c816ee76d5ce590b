// Locale files (locale.hpp): reading one, checking it against the source language's, and
// resolving words through fallbacks.
#include "exposure/locale.hpp"

#include "json_reader.hpp"

#include <algorithm>
#include <utility>

namespace exposure {

namespace {

using json::Value;

// [SECTION] Reading

// "noto-sans-cjk-sc.ttf": lowercase letters, digits, '-' and '.', ending in .ttf (a name the page
// fetches beside its other files).
bool is_font_file_name(std::string_view name) {
    constexpr std::string_view kEnd = ".ttf";
    if (name.size() <= kEnd.size() || name.substr(name.size() - kEnd.size()) != kEnd) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

class LocaleReader {
public:
    LocaleReader(const json::TextMap& map, std::vector<Diagnostic>& out) : map_(map), out_(out) {}

    void read(const Value& root, Locale& locale) {
        if (!root.is_object()) {
            problem(DiagnosticCode::WrongType, root, "", "expected an object");
            return;
        }
        bool has_locale = false, has_name = false, has_tags = false;
        for (const json::Member& member : root.members) {
            if (member.duplicate || (!member.key.empty() && member.key[0] == '$')) {
                continue;
            }
            const std::string pointer = json::pointer_append("", member.key);
            const Value& value = member.value;
            if (member.key == "locale") {
                has_locale = string(value, pointer, locale.id, true);
            } else if (member.key == "name") {
                has_name = string(value, pointer, locale.name, true);
            } else if (member.key == "tags") {
                has_tags = tags(value, pointer, locale.tags);
            } else if (member.key == "fallback") {
                if (!value.is_null()) {
                    string(value, pointer, locale.fallback, true);
                }
            } else if (member.key == "plural") {
                plural(value, pointer, locale.plural);
            } else if (member.key == "fonts") {
                fonts(value, pointer, locale.fonts);
            } else if (member.key == "dates") {
                dates(value, pointer, locale);
            } else if (std::find(std::begin(kWordSections), std::end(kWordSections), member.key) !=
                       std::end(kWordSections)) {
                words(value, pointer, member.key, locale.words);
            } else {
                out_diagnostic(DiagnosticCode::UnknownKey, pointer,
                               "unknown key \"" + member.key + "\"", member.key_offset);
            }
        }
        for (const auto& [present, key] :
             {std::pair{has_locale, "locale"}, {has_name, "name"}, {has_tags, "tags"}}) {
            if (!present) {
                problem(DiagnosticCode::MissingField, root, "",
                        std::string("missing \"") + key + "\"");
            }
        }
    }

private:
    void problem(DiagnosticCode code, const Value& at, std::string pointer, std::string message) {
        out_diagnostic(code, std::move(pointer), std::move(message), at.offset);
    }
    void out_diagnostic(DiagnosticCode code, std::string pointer, std::string message,
                        std::size_t offset) {
        json::add_diagnostic(out_, map_, code, std::move(pointer), std::move(message), offset);
    }

    bool string(const Value& value, const std::string& pointer, std::string& out, bool nonempty) {
        if (!value.is_string()) {
            problem(DiagnosticCode::WrongType, value, pointer,
                    "expected a string, got " + std::string(json::type_name(value.type)));
            return false;
        }
        if (nonempty && value.string.empty()) {
            problem(DiagnosticCode::InvalidValue, value, pointer, "must not be empty");
            return false;
        }
        out = value.string;
        return true;
    }

    bool tags(const Value& value, const std::string& pointer, std::vector<std::string>& out) {
        if (!value.is_array() || value.items.empty()) {
            problem(value.is_array() ? DiagnosticCode::InvalidValue : DiagnosticCode::WrongType,
                    value, pointer,
                    "expected a list of browser language tags (\"zh-CN\", ...), at least one");
            return false;
        }
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            std::string tag;
            if (string(value.items[i], json::pointer_append(pointer, i), tag, true)) {
                out.push_back(std::move(tag));
            }
        }
        return true;
    }

    void plural(const Value& value, const std::string& pointer, PluralRule& out) {
        std::string rule;
        if (!string(value, pointer, rule, true)) {
            return;
        }
        if (rule == "one-other") {
            out = PluralRule::OneOther;
        } else if (rule == "other") {
            out = PluralRule::Other;
        } else {
            problem(DiagnosticCode::InvalidValue, value, pointer,
                    "unknown plural rule \"" + rule +
                        "\" (use \"one-other\": English, or \"other\": one form, as Chinese)");
        }
    }

    void fonts(const Value& value, const std::string& pointer, LocaleFonts& out) {
        if (!value.is_object()) {
            problem(DiagnosticCode::WrongType, value, pointer, "expected an object");
            return;
        }
        for (const json::Member& member : value.members) {
            if (member.duplicate) {
                continue;
            }
            const std::string at = json::pointer_append(pointer, member.key);
            if (member.key == "system") {
                string(member.value, at, out.system, true);
            } else if (member.key == "canvas") {
                canvas_font(member.value, at, out);
            } else {
                out_diagnostic(DiagnosticCode::UnknownKey, at, "unknown key \"" + member.key + "\"",
                               member.key_offset);
            }
        }
    }

    void canvas_font(const Value& value, const std::string& pointer, LocaleFonts& out) {
        if (!value.is_object()) {
            problem(DiagnosticCode::WrongType, value, pointer,
                    "expected an object with \"file\", \"source\" and \"face\"");
            return;
        }
        for (const json::Member& member : value.members) {
            const std::string at = json::pointer_append(pointer, member.key);
            if (member.key == "file") {
                if (string(member.value, at, out.canvas_file, true) &&
                    !is_font_file_name(out.canvas_file)) {
                    problem(DiagnosticCode::InvalidValue, member.value, at,
                            "a font's file name is lowercase letters, digits, '-' and '.', "
                            "ending in .ttf");
                }
            } else if (member.key == "source") {
                string(member.value, at, out.canvas_source, true);
            } else if (member.key == "face") {
                if (!member.value.is_number() || !member.value.integral ||
                    member.value.integer < 0 || member.value.integer > 64) {
                    problem(DiagnosticCode::InvalidValue, member.value, at,
                            "face must be a whole number from 0 to 64 (the font's index in its "
                            "collection)");
                } else {
                    out.canvas_face = static_cast<int>(member.value.integer);
                }
            } else if (member.key == "deferred") {
                if (!member.value.is_boolean()) {
                    problem(DiagnosticCode::WrongType, member.value, at,
                            "deferred must be true or false");
                } else {
                    out.canvas_deferred = member.value.boolean;
                }
            } else {
                out_diagnostic(DiagnosticCode::UnknownKey, at, "unknown key \"" + member.key + "\"",
                               member.key_offset);
            }
        }
        if (out.canvas_file.empty() || out.canvas_source.empty()) {
            problem(DiagnosticCode::MissingField, value, pointer,
                    "a canvas font needs \"file\" and \"source\"");
        }
    }

    void words(const Value& value, const std::string& pointer, std::string_view section,
               std::map<std::string, std::string>& out) {
        if (!value.is_object()) {
            problem(DiagnosticCode::WrongType, value, pointer, "expected an object of words");
            return;
        }
        for (const json::Member& member : value.members) {
            if (member.duplicate || (!member.key.empty() && member.key[0] == '$')) {
                continue;
            }
            std::string text;
            if (string(member.value, json::pointer_append(pointer, member.key), text, false)) {
                out[std::string(section) + "." + member.key] = std::move(text);
            }
        }
    }

    void dates(const Value& value, const std::string& pointer, Locale& locale) {
        if (!value.is_object()) {
            problem(DiagnosticCode::WrongType, value, pointer, "expected an object");
            return;
        }
        for (const json::Member& member : value.members) {
            const std::string at = json::pointer_append(pointer, member.key);
            if (member.key == "month_names") {
                if (!member.value.is_array() || member.value.items.size() != 12) {
                    problem(DiagnosticCode::InvalidValue, member.value, at,
                            "month_names must list the 12 months, January first");
                    continue;
                }
                for (std::size_t i = 0; i < 12; ++i) {
                    std::string name;
                    string(member.value.items[i], json::pointer_append(at, i), name, true);
                    locale.month_names.push_back(std::move(name));
                }
            } else {
                std::string text;
                if (string(member.value, at, text, true)) {
                    locale.words["dates." + member.key] = std::move(text);
                }
            }
        }
    }

    const json::TextMap& map_;
    std::vector<Diagnostic>& out_;
};

// [SECTION] Checking

// The "{N}" arguments of a template, sorted.
std::vector<std::string> arguments(const std::string& text) {
    std::vector<std::string> found;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
            found.push_back(text.substr(i, 3));
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

// "screens.start" -> "/screens/start"
std::string word_pointer(const std::string& key) {
    const std::size_t dot = key.find('.');
    return json::pointer_append(json::pointer_append("", key.substr(0, dot)), key.substr(dot + 1));
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

} // namespace

Outcome<Locale> load_locale(std::string_view json_text) {
    Outcome<Locale> outcome;
    const json::TextMap map(json_text);
    json::ReadResult read = json::read(json_text, json::ReadLimits{}, map);
    outcome.diagnostics = std::move(read.diagnostics);
    Locale locale;
    if (read.root) {
        LocaleReader(map, outcome.diagnostics).read(*read.root, locale);
    }
    json::finish_diagnostics(outcome.diagnostics);
    if (outcome.diagnostics.empty()) {
        outcome.value = std::move(locale);
    }
    return outcome;
}

std::vector<Diagnostic> check_locale(const Locale& locale, const Locale& reference) {
    std::vector<Diagnostic> problems;
    const auto add = [&](DiagnosticCode code, std::string pointer, std::string message) {
        problems.push_back(Diagnostic{std::move(pointer), std::move(message), 0, 0, code});
    };
    const bool variant = !locale.fallback.empty();
    for (const auto& [key, text] : reference.words) {
        const auto it = locale.words.find(key);
        if (it == locale.words.end()) {
            // "X_one" is a plural form when the source has "X_other" too.
            const bool one_form =
                locale.plural == PluralRule::Other && ends_with(key, "_one") &&
                reference.words.count(key.substr(0, key.size() - 4) + "_other") != 0;
            if (!variant && !one_form) {
                add(DiagnosticCode::TranslationMissing, word_pointer(key),
                    "missing: the source language says \"" + text + "\"");
            }
            continue;
        }
        // A date is written in each language's order and may name the month by number ({1})
        // or by name ({2}); every other word takes the source's arguments.
        const bool date = key.compare(0, 6, "dates.") == 0;
        const std::vector<std::string> args = arguments(it->second);
        const bool fits = date ? std::all_of(args.begin(), args.end(),
                                             [](const std::string& a) { return a <= "{2}"; }) &&
                                     std::count(args.begin(), args.end(), "{0}") == 1
                               : args == arguments(text);
        if (!fits) {
            add(DiagnosticCode::InvalidValue, word_pointer(key),
                date ? std::string("a date needs the year {0} once, and may use {1} (the month's "
                                   "number) or {2} (its name)")
                     : "has other {N} arguments than the source language's \"" + text + "\"");
        }
    }
    for (const auto& [key, text] : locale.words) {
        if (reference.words.count(key) == 0) {
            add(DiagnosticCode::TranslationExtra, word_pointer(key),
                "not a word the source language has");
        }
    }
    const bool names_months = [&] {
        const auto it = locale.words.find("dates.facts_checked");
        return it != locale.words.end() && it->second.find("{2}") != std::string::npos;
    }();
    if (names_months && locale.month_names.empty() && !variant) {
        add(DiagnosticCode::MissingField, "/dates/month_names",
            "dates.facts_checked names the month ({2}): list month_names");
    }
    if (!variant && locale.fonts.system.empty()) {
        add(DiagnosticCode::MissingField, "/fonts/system",
            "missing: the CSS font-family list the HTML views use for this language");
    }
    return problems;
}

std::map<std::string, std::string> resolved_words(const std::vector<const Locale*>& chain) {
    std::map<std::string, std::string> words;
    for (const Locale* locale : chain) {
        for (const auto& [key, text] : locale->words) {
            words.emplace(key, text); // the first (most specific) locale that has it wins
        }
    }
    return words;
}

std::vector<std::string> resolved_month_names(const std::vector<const Locale*>& chain) {
    for (const Locale* locale : chain) {
        if (!locale->month_names.empty()) {
            return locale->month_names;
        }
    }
    return {};
}

bool plural_one(PluralRule rule, long long count) {
    return rule == PluralRule::OneOther && count == 1;
}

} // namespace exposure
