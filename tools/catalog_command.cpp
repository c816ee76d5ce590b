// `exposure catalog CONTENT --out DIR`: the content the page downloads, and the catalogue of it.
//
// For every quiz package, every language it can be shown in and every published version, one
// file of the quiz in that language (what load_quiz reads), and for every locale the module's
// words; then catalog.json, the one list of quizzes × languages × versions that the loader, the
// build, the page generators, the WordPress plugin and the tests read instead of lists of their
// own. web/README.md ("Languages and quizzes") describes the files.
#include "cli.hpp"
#include "content_files.hpp"

#include "exposure/quiz_json.hpp"
#include "exposure/share.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace {

using content::fs::path;
using Json = nlohmann::ordered_json;

constexpr std::string_view kCatalogHelp = R"txt(usage: exposure catalog CONTENT --out DIR

Writes what the page downloads from a content folder (content/) into DIR:
  QUIZ.LOCALE.json       the current version of each quiz in each language it can be shown in
                         (its source language, every locale with a translation, and every
                         regional variant of one), without whitespace and without its
                         sources, which it names ("sources_file")
  QUIZ.LOCALE.sources.json  those sources, by question and recommendation id (read after the
                         quiz: attach_sources in engine/include/exposure/loader.hpp)
  QUIZ.vN.LOCALE.json    each earlier published version, in each language it was frozen in
  strings.LOCALE.json    the screens' words of each locale, its fallbacks filled in
  catalog.json           the catalogue: {"source_locale" (the default quiz's), "locales": [{id,
                         name, tags, fallback, plural, font, font_deferred, font_later,
                         system_fonts, words (the page's own)}], "quizzes": [{id, source, title: {LOCALE:
                         ...}, languages, version, published, versions: [{version, date,
                         structure, scoring, files: {LOCALE: hash}}]}]}: a version's rows as in its
                         versions/versions.json, so the page's module reads them (which version a share code was made on). The quizzes are
                         in the order of CONTENT/quizzes.json; the first is the default.
Every quiz and locale must be valid (`exposure check CONTENT` says more); a quiz whose structure
is not yet published is written as its next version, with "published": false.
Exit status: 0 when written, 1 when the content has problems or a file cannot be written.
)txt";

std::string hex(std::uint32_t value) {
    char buffer[9];
    std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(value));
    return buffer;
}

std::string compact(const Json& json) {
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The words of `section` ("page", "screens") of a locale with its fallbacks', keys without the
// section's name.
Json section_words(const content::Locales& locales, const std::string& id,
                   std::string_view section) {
    Json words = Json::object();
    const std::string prefix = std::string(section) + ".";
    for (const auto& [key, text] : exposure::resolved_words(locales.chain(id))) {
        if (key.compare(0, prefix.size(), prefix) == 0) {
            words[key.substr(prefix.size())] = text;
        }
    }
    return words;
}

// The first non-empty value among a locale and its fallbacks.
template <typename Field>
std::string inherited(const content::Locales& locales, const std::string& id, Field field) {
    for (const exposure::Locale* locale : locales.chain(id)) {
        if (!(locale->fonts.*field).empty()) {
            return locale->fonts.*field;
        }
    }
    return {};
}

// The file of a canvas font's later glyphs: noto-sans-cjk-sc.ttf -> noto-sans-cjk-sc-later.ttf.
std::string later_font_file(const std::string& font) {
    const std::size_t dot = font.rfind('.');
    return dot == std::string::npos ? font + "-later"
                                    : font.substr(0, dot) + "-later" + font.substr(dot);
}

Json locale_entry(const content::Locales& locales, const exposure::Locale& locale) {
    Json entry = Json::object();
    entry["id"] = locale.id;
    entry["name"] = locale.name;
    entry["tags"] = locale.tags;
    entry["fallback"] = locale.fallback.empty() ? Json(nullptr) : Json(locale.fallback);
    // A variant keeps its parent's plural rule unless it says otherwise: only the base has one.
    const exposure::Locale* base = locales.chain(locale.id).back();
    entry["plural"] = base->plural == exposure::PluralRule::Other ? "other" : "one-other";
    const std::string font = inherited(locales, locale.id, &exposure::LocaleFonts::canvas_file);
    entry["font"] = font.empty() ? Json(nullptr) : Json(font);
    bool deferred = false; // the flag of the locale in the chain that names the font
    for (const exposure::Locale* in_chain : locales.chain(locale.id)) {
        if (!in_chain->fonts.canvas_file.empty()) {
            deferred = in_chain->fonts.canvas_deferred;
            break;
        }
    }
    entry["font_deferred"] = deferred;
    // A font the first screens wait for is split: the glyphs only the results, the sources and
    // earlier versions draw come in a file of their own, after the first question
    // (web/tools/subset_fonts.py writes both).
    entry["font_later"] = font.empty() || deferred ? Json(nullptr) : Json(later_font_file(font));
    entry["system_fonts"] = inherited(locales, locale.id, &exposure::LocaleFonts::system);
    entry["words"] = section_words(locales, locale.id, "page");
    return entry;
}

std::string strings_file(const content::Locales& locales, const exposure::Locale& locale) {
    Json file = Json::object();
    file["locale"] = locale.id;
    file["plural"] = locales.chain(locale.id).back()->plural == exposure::PluralRule::Other
                         ? "other"
                         : "one-other";
    file["strings"] = section_words(locales, locale.id, "screens");
    const exposure::DateWords dates = locales.date_words(locale.id);
    file["dates"] =
        Json{{"facts_checked", dates.facts_checked}, {"month_names", dates.month_names}};
    return compact(file);
}

// Writes every file of one package; returns its catalogue entry, or nullopt after a problem.
std::optional<Json> write_package(const content::Package& package, const content::Locales& locales,
                                  const path& out) {
    Json entry = Json::object();
    entry["id"] = package.id();
    entry["source"] = package.source.locale;
    Json titles = Json::object();
    const std::vector<std::string> languages = package.languages(locales);
    for (const std::string& locale : languages) {
        std::optional<exposure::Quiz> quiz = content::quiz_in(package, locales, locale);
        if (!quiz) {
            return std::nullopt;
        }
        titles[locale] = quiz->title;
        // The sources in a file of their own: the page needs them only under "Why we ask" and
        // in the results, and they are most of the file's bytes (and of the time reading it).
        const std::string name = package.id() + "." + locale;
        const exposure::SplitQuiz split =
            exposure::write_quiz_split(*quiz, name + ".sources.json", exposure::JsonStyle::Compact);
        if (!content::write_file(out / (name + ".json"), split.quiz) ||
            !content::write_file(out / (name + ".sources.json"), split.sources)) {
            return std::nullopt;
        }
    }
    entry["title"] = std::move(titles);
    entry["languages"] = languages;
    entry["version"] = package.current_version();
    entry["published"] = package.published();
    Json versions = Json::array();
    for (const exposure::PublishedVersion& version : package.versions.versions) {
        Json row = Json{{"version", version.number},
                        {"date", version.date},
                        {"structure", hex(version.structure)},
                        {"scoring", hex(version.scoring)}};
        Json frozen = Json::object();
        for (const auto& [locale, hash] : version.files) {
            frozen[locale] = hex(hash);
            if (version.number == package.current_version()) {
                continue; // the current version is QUIZ.LOCALE.json
            }
            std::optional<exposure::Quiz> quiz =
                content::load_quiz_file(content::frozen_path(package, version.number, locale));
            const path file = out / (package.id() + ".v" + std::to_string(version.number) + "." +
                                     locale + ".json");
            if (!quiz || !content::write_file(
                             file, exposure::write_quiz(*quiz, exposure::JsonStyle::Compact))) {
                return std::nullopt;
            }
        }
        row["files"] = std::move(frozen);
        versions.push_back(std::move(row));
    }
    entry["versions"] = std::move(versions);
    return entry;
}

int catalog(const std::vector<std::string>& args) {
    std::string error;
    const std::optional<cli::Arguments> parsed = cli::parse(args, {"out"}, error);
    if (!parsed) {
        return cli::usage_error(error);
    }
    if (parsed->positional.size() != 1 || !parsed->has("out")) {
        return cli::usage_error("catalog needs the CONTENT folder and --out DIR");
    }
    const path dir = parsed->positional[0];
    const path out = *parsed->option("out");
    const std::optional<content::Locales> locales = content::load_locales(dir);
    if (!locales) {
        return 1;
    }
    const std::optional<std::vector<path>> packages = content::package_dirs(dir);
    if (!packages) {
        return 1;
    }
    Json catalog = Json::object();
    catalog["source_locale"] = nullptr; // the default quiz's, below
    Json& locale_list = catalog["locales"] = Json::array();
    for (const auto& [id, locale] : locales->by_id) {
        locale_list.push_back(locale_entry(*locales, locale));
        if (!content::write_file(out / ("strings." + id + ".json"),
                                 strings_file(*locales, locale))) {
            return 1;
        }
    }
    Json& quizzes = catalog["quizzes"] = Json::array();
    for (const path& package_dir : *packages) {
        const std::optional<content::Package> package = content::load_package(package_dir);
        if (!package) {
            return 1;
        }
        std::optional<Json> entry = write_package(*package, *locales, out);
        if (!entry) {
            return 1;
        }
        if (!package->published()) {
            std::cerr << package_dir.string() << ": warning: its structure is not yet published; "
                      << "written as version " << package->current_version() << " (exposure freeze "
                      << package_dir.string() << ")\n";
        }
        if (quizzes.empty()) {
            catalog["source_locale"] = package->source.locale;
        }
        quizzes.push_back(std::move(*entry));
    }
    if (!content::write_file(out / "catalog.json", compact(catalog) + "\n")) {
        return 1;
    }
    std::cout << (out / "catalog.json").string() << ": " << locale_list.size() << " locales, "
              << quizzes.size() << " quizzes\n";
    return 0;
}

} // namespace

namespace cli {

std::vector<Command> catalog_commands() {
    return {{"catalog", "write the page's content files and catalog.json", kCatalogHelp, catalog}};
}

} // namespace cli
