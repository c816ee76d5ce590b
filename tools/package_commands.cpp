// `exposure translations | freeze | versions | check`: what a quiz package and a content folder
// need beyond one quiz: its translations up to date, its versions published and untouched.
//
// [SECTION] translations
// [SECTION] freeze
// [SECTION] versions
// [SECTION] check
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/analysis.hpp"
#include "exposure/share.hpp"

#include <chrono>
#include <ctime>
#include <iostream>

namespace {

using content::fs::path;

// A package and the locales of its content folder, or why not (printed).
struct Opened {
    content::Package package;
    content::Locales locales;
};

std::optional<Opened> open_package(const std::string& where) {
    if (!content::is_package(where)) {
        std::cerr << where << ": not a quiz package (a folder with quiz.json)\n";
        return std::nullopt;
    }
    std::optional<content::Package> package = content::load_package(where);
    const std::optional<path> dir = content::content_dir_of(path(where) / "quiz.json");
    if (!package) {
        return std::nullopt;
    }
    if (!dir) {
        std::cerr << where << ": no content folder with locales/ above it\n";
        return std::nullopt;
    }
    std::optional<content::Locales> locales = content::load_locales(*dir);
    if (!locales) {
        return std::nullopt;
    }
    return Opened{std::move(*package), std::move(*locales)};
}

// -------------------------------------------------------------------------------------------
// [SECTION] translations
// -------------------------------------------------------------------------------------------

constexpr std::string_view kTranslationsHelp =
    R"txt(usage: exposure translations PACKAGE [--lang LOCALE]
       exposure translations PACKAGE --stamp LOCALE POINTER...
       exposure translations PACKAGE --template LOCALE

Checks each translation of a quiz package (PACKAGE/text/LOCALE.json) against its structure and
source text (PACKAGE/quiz.json), and prints every problem with its JSON pointer:
  translation-missing       a text the language lacks (a regional variant may lack any: it
                            falls back to its parent locale's text)
  translation-stale         the source text changed since it was translated
  translation-extra         an entry for a text the quiz does not have
  translation-untranslated  an entry left the same as the source text
--stamp LOCALE POINTER...  records that the entries at POINTER now translate the current source
                           text (after you updated them), rewriting the file
--template LOCALE          prints a new translation file with every text to translate (the
                           source text in each entry, to be replaced)
Exit status: 0 when every translation is complete and up to date, 1 otherwise.
)txt";

int stamp(Opened& opened, const std::string& locale, const std::vector<std::string>& pointers) {
    const auto it = opened.package.translations.find(locale);
    if (it == opened.package.translations.end()) {
        std::cerr << opened.package.dir.string() << ": no translation into \"" << locale
                  << "\" (text/" << locale << ".json)\n";
        return 1;
    }
    std::map<std::string, std::string> sources;
    for (const exposure::TextSlot& slot : exposure::text_slots(opened.package.source)) {
        sources[slot.pointer] = slot.text;
    }
    int status = 0;
    for (const std::string& pointer : pointers) {
        const auto source = sources.find(pointer);
        const auto entry = it->second.entries.find(pointer);
        if (source == sources.end() || entry == it->second.entries.end()) {
            std::cerr << pointer << ": "
                      << (source == sources.end() ? "the quiz has no such text"
                                                  : "the translation has no entry here")
                      << "\n";
            status = 1;
            continue;
        }
        entry->second.from = exposure::text_hash(source->second);
    }
    const path file = opened.package.dir / "text" / (locale + ".json");
    if (!content::write_file(file,
                             exposure::write_translation(opened.package.source, it->second))) {
        return 1;
    }
    std::cout << file.string() << ": stamped " << pointers.size() - std::size_t(status)
              << " entries as translating the current source text\n";
    return status;
}

int template_for(const Opened& opened, const std::string& locale) {
    exposure::Translation translation;
    translation.locale = locale;
    for (const exposure::TextSlot& slot : exposure::text_slots(opened.package.source)) {
        translation.entries[slot.pointer] = {slot.text, exposure::text_hash(slot.text)};
    }
    std::cout << exposure::write_translation(opened.package.source, translation);
    return 0;
}

// Prints the problems of every translation (or of `only`); returns how many there were.
int report_translations(const Opened& opened, const std::string& only) {
    int problems = 0;
    for (const auto& [locale, translation] : opened.package.translations) {
        if (!only.empty() && locale != only) {
            continue;
        }
        const path file = opened.package.dir / "text" / (locale + ".json");
        const auto known = opened.locales.by_id.find(locale);
        if (known == opened.locales.by_id.end()) {
            std::cerr << file.string() << ": /locale: no locale \"" << locale << "\" in "
                      << opened.locales.dir.string() << " (add its locale file)\n";
            ++problems;
            continue;
        }
        const bool variant = !known->second.fallback.empty();
        const std::vector<exposure::Diagnostic> found =
            exposure::check_translation(opened.package.source, translation, variant);
        for (const exposure::Diagnostic& d : found) {
            std::cout << exposure::format_diagnostic(file.string(), d) << " ("
                      << exposure::diagnostic_code_name(d.code) << ")\n";
        }
        problems += static_cast<int>(found.size());
        // A variant's texts with its parents' must cover the quiz.
        if (variant && !content::quiz_in(opened.package, opened.locales, locale)) {
            ++problems;
        }
        if (found.empty()) {
            std::cout << file.string() << ": " << translation.entries.size() << " texts, "
                      << (variant ? "the rest from " + known->second.fallback + ", " : "")
                      << "up to date\n";
        }
    }
    return problems;
}

int translations(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed =
        cli::parse(args, {"lang", "stamp", "template"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.empty()) {
        return cli::usage_error("translations needs a PACKAGE");
    }
    std::optional<Opened> opened = open_package(parsed->positional[0]);
    if (!opened) {
        return 1;
    }
    if (const std::string* locale = parsed->option("stamp")) {
        const std::vector<std::string> pointers(parsed->positional.begin() + 1,
                                                parsed->positional.end());
        if (pointers.empty()) {
            return cli::usage_error("--stamp LOCALE needs the POINTERs of the entries to stamp");
        }
        return stamp(*opened, *locale, pointers);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("translations takes one PACKAGE");
    }
    if (const std::string* locale = parsed->option("template")) {
        return template_for(*opened, *locale);
    }
    const std::string only = parsed->has("lang") ? *parsed->option("lang") : "";
    return report_translations(*opened, only) == 0 ? 0 : 1;
}

// -------------------------------------------------------------------------------------------
// [SECTION] freeze
// -------------------------------------------------------------------------------------------

constexpr std::string_view kFreezeHelp = R"txt(usage: exposure freeze PACKAGE [--date YYYY-MM-DD]

Publishes the quiz's current structure as its next version: writes the quiz in every language
to PACKAGE/versions/N/LOCALE.json and records each file's hash, the structure hash and the
date in PACKAGE/versions/versions.json. Result links made on any published version keep
opening, scored as they were made; nothing in versions/ is edited by hand (`exposure versions`
checks it). Run it when `exposure versions` (or the tests) says the structure has changed:
after changing a point, a weight, a question, an option, a condition, a band or a fix. Every
translation must be complete first.
--date  the publication date recorded (default: today)
Exit status: 0 when published (or already published), 1 otherwise.
)txt";

std::string today() {
    const std::time_t now = std::time(nullptr);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::gmtime(&now));
    return buffer;
}

int freeze(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"date"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("freeze needs exactly one PACKAGE");
    }
    std::optional<Opened> opened = open_package(parsed->positional[0]);
    if (!opened) {
        return 1;
    }
    const std::string& where = parsed->positional[0];
    const bool already = opened->package.published();
    const int number = content::freeze(opened->package, opened->locales,
                                       parsed->has("date") ? *parsed->option("date") : today());
    if (number == 0) {
        return 1;
    }
    if (already) {
        std::cout << where << ": version " << number
                  << " is its structure, already published; nothing to freeze\n";
    } else {
        std::cout << where << ": published version " << number << " ("
                  << opened->package.versions.versions.back().files.size() << " languages)\n";
    }
    return 0;
}

// -------------------------------------------------------------------------------------------
// [SECTION] versions
// -------------------------------------------------------------------------------------------

constexpr std::string_view kVersionsHelp = R"txt(usage: exposure versions PACKAGE

Lists the published versions of a quiz package and checks them: every frozen file is the one
`exposure freeze` wrote (version-edited otherwise), and the quiz's current structure is that of
its latest version (version-unpublished otherwise: publish it with `exposure freeze PACKAGE`, or
result links made today would not open on the new structure).
Exit status: 0 when all is published and untouched, 1 otherwise.
)txt";

// Checks every frozen file of the package; returns how many problems it printed.
int check_versions(const Opened& opened, const std::string& where) {
    int problems = 0;
    const content::Package& package = opened.package;
    for (const exposure::PublishedVersion& version : package.versions.versions) {
        std::string languages;
        for (const auto& [locale, hash] : version.files) {
            const path file = content::frozen_path(package, version.number, locale);
            const std::optional<std::string> text = content::read_file(file);
            std::optional<exposure::Quiz> quiz =
                text ? content::load_quiz_file(file) : std::nullopt;
            if (!quiz) {
                ++problems;
                continue;
            }
            for (const exposure::Diagnostic& d :
                 exposure::check_frozen(version, locale, *text, *quiz)) {
                std::cerr << exposure::format_diagnostic(file.string(), d) << "\n";
                ++problems;
            }
            languages += (languages.empty() ? "" : ", ") + locale;
        }
        std::cout << where << ": version " << version.number << " of " << version.date << " ("
                  << languages << ")\n";
    }
    if (!package.published()) {
        const int next = package.current_version();
        std::cerr << where << ": the scoring structure of quiz.json differs from "
                  << (next == 1 ? std::string("any published version (none yet)")
                                : "its latest published version (" + std::to_string(next - 1) + ")")
                  << ": run `exposure freeze " << where << "` to publish it as version " << next
                  << ", so the result links readers hold keep opening (version-unpublished)\n";
        ++problems;
    }
    return problems;
}

int versions(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("versions needs exactly one PACKAGE");
    }
    const std::optional<Opened> opened = open_package(parsed->positional[0]);
    if (!opened) {
        return 1;
    }
    return check_versions(*opened, parsed->positional[0]) == 0 ? 0 : 1;
}

// -------------------------------------------------------------------------------------------
// [SECTION] check
// -------------------------------------------------------------------------------------------

constexpr std::string_view kCheckHelp = R"txt(usage: exposure check CONTENT

Everything the tests ask of a content folder (content/): every locale file has every word the
source language's (en.json) has, with the same {N} arguments (a regional variant may leave out
what its fallback says); every package loads in every language, lints clean, has its
translations complete and up to date, and has its structure published with its frozen versions
untouched. Prints each problem, then a summary.
Exit status: 0 when all is well, 1 otherwise.
)txt";

constexpr std::string_view kReferenceLocale = "en"; // the language the words are written in first

int check_locales(const content::Locales& locales) {
    int problems = 0;
    const auto reference = locales.by_id.find(std::string(kReferenceLocale));
    if (reference == locales.by_id.end()) {
        std::cerr << locales.dir.string() << ": no " << kReferenceLocale
                  << ".json, the locale every other is checked against\n";
        return 1;
    }
    for (const auto& [id, locale] : locales.by_id) {
        if (id == kReferenceLocale) {
            continue;
        }
        const std::string file = (locales.dir / (id + ".json")).string();
        for (const exposure::Diagnostic& d : exposure::check_locale(locale, reference->second)) {
            std::cerr << exposure::format_diagnostic(file, d) << " ("
                      << exposure::diagnostic_code_name(d.code) << ")\n";
            ++problems;
        }
    }
    return problems;
}

int check(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1) {
        return cli::usage_error("check needs the CONTENT folder");
    }
    const path dir = parsed->positional[0];
    const std::optional<content::Locales> locales = content::load_locales(dir);
    if (!locales) {
        return 1;
    }
    int problems = check_locales(*locales);
    const std::vector<path> packages = content::package_dirs(dir).value_or(std::vector<path>{});
    if (packages.empty()) {
        ++problems; // package_dirs printed why
    }
    for (const path& package_dir : packages) {
        const std::optional<Opened> opened = open_package(package_dir.string());
        if (!opened) {
            ++problems;
            continue;
        }
        const std::string where = package_dir.string();
        for (const exposure::Diagnostic& d : exposure::lint(opened->package.source)) {
            std::cerr << where << "/quiz.json: " << d.pointer << ": warning: " << d.message << "\n";
            ++problems;
        }
        problems += report_translations(*opened, "");
        for (const std::string& locale : opened->package.languages(opened->locales)) {
            problems += content::quiz_in(opened->package, opened->locales, locale) ? 0 : 1;
        }
        problems += check_versions(*opened, where);
    }
    std::cout << dir.string() << ": " << locales->by_id.size() << " locales, " << packages.size()
              << " quizzes: "
              << (problems == 0 ? "all well" : std::to_string(problems) + " problems") << "\n";
    return problems == 0 ? 0 : 1;
}

} // namespace

namespace cli {

std::vector<Command> package_commands() {
    return {
        {"translations", "list missing, stale and extra translated texts of a package",
         kTranslationsHelp, translations},
        {"freeze", "publish a package's changed structure as its next version", kFreezeHelp,
         freeze},
        {"versions", "list a package's published versions and check them", kVersionsHelp, versions},
        {"check", "everything the tests ask of a content folder", kCheckHelp, check},
    };
}

} // namespace cli
