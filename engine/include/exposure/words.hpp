// The words of one language that the screens put around a quiz's own text: buttons, headings,
// hints, counts, notices, announcements (the "screens" section of content/locales/LOCALE.json),
// the plain questions page's ("questions_page") and how a date is said ("dates").
//
// Texts with numbers or other words inside are templates: "{0}", "{1}", ... mark where the
// arguments go, so each language puts them in its own order (English "{0} of {1}", Chinese
// "the {0}th question, {1} in all"). A word that counts has two forms, KEY_one and KEY_other;
// a language with one form (PluralRule::Other, Chinese) writes only KEY_other.
//
// The page gets a language's words as dist/strings.LOCALE.json (written by `exposure catalog`
// with write_words, read in the module with read_words); the CLI builds them from the locale
// files (words_of).
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/locale.hpp"
#include "exposure/quiz.hpp"

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

struct Words {
    std::string locale; // "zh-Hans"
    PluralRule plural = PluralRule::OneOther;
    std::map<std::string, std::string, std::less<>> screens;        // "start", "question_count"
    std::map<std::string, std::string, std::less<>> questions_page; // the plain page's own
    DateWords dates;

    // The word `key` of the screens with its "{N}" filled by `args` ("" when the language lacks
    // it).
    std::string say(std::string_view key, std::initializer_list<std::string_view> args = {}) const;
    // The form of `key` ("KEY_one" or "KEY_other") for `count`, filled with `args`.
    std::string count(std::string_view key, long long count,
                      std::initializer_list<std::string_view> args) const;
    // A word of the plain questions page ("" when the language lacks it).
    std::string page(std::string_view key, std::initializer_list<std::string_view> args = {}) const;
};

// Fills "{0}", "{1}", ... in `text` with `args`; a "{N}" with no argument stays as it is.
std::string fill(std::string_view text, std::initializer_list<std::string_view> args);

// Every word the screens use (the screen descriptions, screen.hpp, ask for no other), the plural
// ones by their base name ("about_minutes" for about_minutes_one and _other).
const std::vector<std::string_view>& screen_word_keys();
bool is_counted_word(std::string_view key);

// Reads dist/strings.LOCALE.json: {"locale", "plural": "one-other" | "other", "strings": {KEY:
// TEXT}, "dates": {"facts_checked", "month_names"}}. A word the screens use that the file lacks
// is a problem with its pointer ("/strings/back"), as is one they do not use; the words that are
// there still load (outcome.ok()). Text that is not such a file is not ok.
Outcome<Words> read_words(std::string_view json_text);
// The file read_words reads, compact.
std::string write_words(const Words& words);

// A locale's words with its fallbacks' filling the gaps (`chain`: the locale first, as
// resolved_words in locale.hpp takes it).
Words words_of(const std::vector<const Locale*>& chain);

} // namespace exposure
