// Locales: one file per language (content/locales/LOCALE.json) with its name, the browser
// language tags that choose it, the locale it falls back to, its plural rule, its fonts and
// every word the page, the screens and the plain questions pages show. content/README.md
// ("Languages") explains the file for translators; content/schema/locale.schema.json describes
// it for editors.
//
// Adding a language is a locale file plus a text file per quiz (translation.hpp): the catalog
// (`exposure catalog`) lists it, and every part of the page takes it from there.
#pragma once

#include "exposure/diagnostic.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace exposure {

// How a language picks the form of a word that counts something ("1 minute", "2 minutes").
enum class PluralRule {
    OneOther, // "one" for exactly 1, "other" for anything else (English)
    Other,    // one form for every number (Chinese): only the "_other" words are needed
};

struct LocaleFonts {
    // The font the canvas draws this language's own script with, beside the Latin Noto Sans
    // every locale has: the file's name in dist/ (e.g. "noto-sans-cjk-sc.ttf"), the font it is
    // subset from and the face in that collection. All "" / 0 for a language the Latin fonts
    // cover.
    std::string canvas_file;
    std::string canvas_source;
    int canvas_face = 0;
    // Loaded after the first screen: only a few texts need it (a source's quote in another
    // script), so it does not hold up the quiz.
    bool canvas_deferred = false;
    // The CSS font-family list the HTML views use (system fonts of the right script).
    std::string system;
};

struct Locale {
    std::string id;                // BCP 47: "en", "zh-Hans", "zh-Hant-HK"
    std::string name;              // in its own language: "简体中文"
    std::vector<std::string> tags; // browser tags that choose it ("zh-HK"; a prefix of a tag too)
    std::string fallback;          // the locale whose words and texts fill what this one lacks
    PluralRule plural = PluralRule::OneOther;
    LocaleFonts fonts;
    // Every word, by "SECTION.KEY": "page.loading", "screens.start", "questions_page.title",
    // "dates.facts_checked". Templates mark their arguments "{0}", "{1}", ...
    std::map<std::string, std::string> words;
    std::vector<std::string> month_names; // January..December, when "dates.facts_checked" uses {2}
};

// The sections of a locale file that hold words, in file order.
inline constexpr std::string_view kWordSections[] = {"page", "screens", "questions_page", "dates"};

// Reads a locale file. Problems are reported with their JSON pointers, as the quiz loader does.
Outcome<Locale> load_locale(std::string_view json_text);

// What `locale` must have that `reference` (the source language's locale) has: every word key,
// except that a language with PluralRule::Other needs no "_one" forms; and the same "{N}"
// arguments in each word. A variant (a locale with a fallback) may leave out any word: it falls
// back. Unknown keys are reported too. Pointers point into the locale's file.
std::vector<Diagnostic> check_locale(const Locale& locale, const Locale& reference);

// The words of a locale with its fallbacks' filling the gaps: `chain` holds the locale first,
// then its fallback, and so on.
std::map<std::string, std::string> resolved_words(const std::vector<const Locale*>& chain);
std::vector<std::string> resolved_month_names(const std::vector<const Locale*>& chain);

// Whether `count` takes the "one" form under `rule`.
bool plural_one(PluralRule rule, long long count);

} // namespace exposure
