// Content on disk, for the CLI: quiz files and quiz packages, locale files, published versions.
// The engine reads text and gives values; this is where files are found, read and written.
//
//   content/
//     quizzes.json                 the packages the site offers, in order; the first is the default
//     locales/LOCALE.json          one per language (exposure/locale.hpp)
//     QUIZ/quiz.json               a package: the structure, with the source language's text
//     QUIZ/text/LOCALE.json        the text in each other language (exposure/translation.hpp)
//     QUIZ/versions/versions.json  the published versions (exposure/versions.hpp)
//     QUIZ/versions/N/LOCALE.json  version N in one language, as frozen
//
// A PATH argument is a package's folder, or a single quiz file (an author's one-file quiz).
#pragma once

#include "exposure/diagnostic.hpp"
#include "exposure/locale.hpp"
#include "exposure/quiz.hpp"
#include "exposure/translation.hpp"
#include "exposure/versions.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace content {

namespace fs = std::filesystem;

// Reads a whole file; on failure prints "PATH: cannot read: why" and returns nullopt.
std::optional<std::string> read_file(const fs::path& path);
// Writes a whole file (creating its folder); on failure prints why and returns false.
bool write_file(const fs::path& path, const std::string& text);

void print_diagnostics(const std::string& file, const std::vector<exposure::Diagnostic>& list);

// Loads a quiz file, printing its problems; nullopt when it does not load.
std::optional<exposure::Quiz> load_quiz_file(const fs::path& path);

// Every locale file of a content folder, by id.
struct Locales {
    fs::path dir;
    std::map<std::string, exposure::Locale> by_id;

    // `id` and its fallbacks, most specific first; empty when `id` is unknown.
    std::vector<const exposure::Locale*> chain(const std::string& id) const;
    // The DateWords (quiz.hpp) of a locale, through its fallbacks.
    exposure::DateWords date_words(const std::string& id) const;
};
// Loads content/locales/*.json (printing problems); nullopt when a file does not load or a
// fallback names no locale.
std::optional<Locales> load_locales(const fs::path& content_dir);
// The content folder above a quiz path (the folder that holds locales/), if there is one.
std::optional<fs::path> content_dir_of(const fs::path& path);

struct Package {
    fs::path dir;
    exposure::Quiz source; // quiz.json, in its source language (source.locale)
    std::map<std::string, exposure::Translation> translations; // text/LOCALE.json, by locale
    exposure::VersionList versions;                            // empty before the first freeze

    const std::string& id() const { return source.id; }
    // The languages the quiz can be shown in: its source language, and every locale whose own
    // file or a fallback's is a translation of it.
    std::vector<std::string> languages(const Locales& locales) const;
    // The translations that make up `locale`'s text, most specific first.
    std::vector<const exposure::Translation*> chain(const Locales& locales,
                                                    const std::string& locale) const;
    // The number the current structure is published as: the latest version when its structure
    // is that one, else the next number (not yet published; `exposure freeze` publishes it).
    int current_version() const;
    bool published() const;
};

bool is_package(const fs::path& path);
// Loads a package (printing every problem); nullopt when any part does not load.
std::optional<Package> load_package(const fs::path& dir);
// The packages of a content folder in the order its quizzes.json lists them (the first is the
// site's default quiz). Prints and returns nullopt when the list is missing or malformed, names
// a folder that is no package, or leaves a package out.
std::optional<std::vector<fs::path>> package_dirs(const fs::path& content_dir);

// The quiz in `locale`: the current structure with that language's text, its published number
// set. Prints why not (a missing translation) and returns nullopt.
std::optional<exposure::Quiz> quiz_in(const Package& package, const Locales& locales,
                                      const std::string& locale);
// Frozen version `number` in `locale` (or the nearest fallback it was frozen in).
std::optional<exposure::Quiz> frozen_quiz(const Package& package, const Locales& locales,
                                          int number, const std::string& locale);
fs::path frozen_path(const Package& package, int number, const std::string& locale);

// Publishes the package's current structure as its next version (`exposure freeze`): writes the
// quiz in every language to versions/N/LOCALE.json and records them in versions/versions.json,
// dated `date`. Returns the new version's number, 0 when nothing was written (printed why: a
// language incomplete, a file that cannot be written), or the current number when the structure
// is already published (then nothing changes).
int freeze(Package& package, const Locales& locales, const std::string& date);

} // namespace content
