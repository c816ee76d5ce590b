// Translations: a quiz's text in another language.
//
// A quiz package (content/QUIZ/) writes the structure once, in quiz.json, with the text of its
// source language; each other language is a file of texts keyed by the structure's ids
// (content/QUIZ/text/LOCALE.json). Each entry records the hash of the source text it translates,
// as translation tools do, so a changed source sentence makes its translations stale and
// `exposure translations` lists them. A regional variant ("zh-Hant-HK") holds only what differs
// from its parent locale's file. content/README.md ("Translating a quiz") explains the files.
//
// A text's key is its JSON pointer in the translation file, made of ids:
//   /title  /intro  /outro
//   /categories/ID/title  /categories/ID/description
//   /questions/ID/prompt  /questions/ID/help
//   /questions/ID/options/ID/label  /questions/ID/options/ID/detail
//   /bands/ID/title  /bands/ID/summary
//   /recommendations/ID/title  /recommendations/ID/body
//   /sources/URL/title      (a source's title, once per URL: "~1" stands for "/" in the URL)
// and its value is {"text": "...", "from": "1a2b3c4d"}. Reordering questions or options breaks no
// translation; renaming an id does.
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/quiz.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

struct TranslationEntry {
    std::string text;
    std::string from; // text_hash() of the source text this translates
    int line = 0;     // where the entry is in its file, for messages
    int column = 0;
};

struct Translation {
    std::string locale;
    std::map<std::string, TranslationEntry> entries; // by the text's pointer
};

Outcome<Translation> load_translation(std::string_view json_text);

// The hash a translation records of its source text: FNV-1a 32, as 8 lowercase hex digits.
std::string text_hash(std::string_view text);

// One text of a quiz that a translation carries: its pointer and the quiz's own text there.
// Texts the quiz leaves empty (an option without detail, a quiz without outro) have no slot.
struct TextSlot {
    std::string pointer;
    std::string text;
};
std::vector<TextSlot> text_slots(const Quiz& quiz);

// The quiz in another language: every text from the first translation in `chain` that has it
// (the locale's own file first, then its fallbacks': "zh-Hant-HK", then "zh-Hant"); structure,
// source URLs and quotes unchanged; `locale` set. A text no translation in the chain has is an
// error (translation-missing) with its pointer: a reader never gets the source language in place
// of their own. Whether entries are stale is not checked here (check_translation does).
Outcome<Quiz> translate(const Quiz& source, const std::vector<const Translation*>& chain,
                        std::string_view locale);

// What is wrong with `translation` as a translation of `source`, in the order of the quiz's
// texts, each with its pointer (and line and column where the file has the entry):
// - translation-missing: a text it lacks (not for a `variant`, which falls back to its parent);
// - translation-extra: an entry for a text the quiz does not have (a removed id, a typo);
// - translation-stale: an entry that translates an earlier source text (its "from" differs);
// - translation-untranslated: an entry left the same as the source text although that text has
//   words to translate (needs_translation).
std::vector<Diagnostic> check_translation(const Quiz& source, const Translation& translation,
                                          bool variant);

// A translation file's text, in the quiz's order and indented like the content files: for tools
// that write translations (`exposure translations --stamp`).
std::string write_translation(const Quiz& source, const Translation& translation);

// Whether a text has words a translator must translate, so that leaving it the same as the source
// text is a mistake. A text needs translating when, with every http:// or https:// address and
// every known product name (kProductNames in translation.cpp: WeChat, WhatsApp, Signal, ...)
// taken out, it still has a run of 4 or more ASCII letters. So "Signal", "WhatsApp / Telegram",
// "2FA", "SMS", "https://example.com/a" and text in Chinese may stay the same; "None of these"
// may not. Short English words ("Yes", "No") slip through: the rule errs towards no false alarms.
bool needs_translation(std::string_view text);

} // namespace exposure
