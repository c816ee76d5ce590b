// Content on disk (content_files.hpp).
#include "content_files.hpp"

#include "exposure/hash.hpp"
#include "exposure/loader.hpp"
#include "exposure/quiz_json.hpp"
#include "exposure/share.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace content {

namespace {

// The .json files directly in `dir`, in name order (so diagnostics come out the same every run).
std::vector<fs::path> json_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path.string() << ": cannot read: " << std::strerror(errno) << "\n";
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        std::cerr << path.string() << ": cannot read: " << std::strerror(errno) << "\n";
        return std::nullopt;
    }
    return text.str();
}

bool write_file(const fs::path& path, const std::string& text) {
    std::error_code error;
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), error);
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (error || !out) {
        std::cerr << path.string() << ": cannot write: "
                  << (error ? error.message() : std::string(std::strerror(errno))) << "\n";
        return false;
    }
    return true;
}

void print_diagnostics(const std::string& file, const std::vector<exposure::Diagnostic>& list) {
    for (const exposure::Diagnostic& diagnostic : list) {
        std::cerr << exposure::format_diagnostic(file, diagnostic) << "\n";
    }
}

std::optional<exposure::Quiz> load_quiz_file(const fs::path& path) {
    const std::optional<std::string> text = read_file(path);
    if (!text) {
        return std::nullopt;
    }
    exposure::Outcome<exposure::Quiz> outcome = exposure::load_quiz(*text);
    print_diagnostics(path.string(), outcome.diagnostics);
    if (!outcome.ok()) {
        return std::nullopt;
    }
    return std::move(*outcome.value);
}

// [SECTION] Locales

std::vector<const exposure::Locale*> Locales::chain(const std::string& id) const {
    std::vector<const exposure::Locale*> chain;
    std::string next = id;
    while (!next.empty() && chain.size() < 8) {
        const auto it = by_id.find(next);
        if (it == by_id.end()) {
            break;
        }
        chain.push_back(&it->second);
        next = it->second.fallback;
    }
    return chain;
}

exposure::DateWords Locales::date_words(const std::string& id) const {
    const std::vector<const exposure::Locale*> locales = chain(id);
    const std::map<std::string, std::string> words = exposure::resolved_words(locales);
    const auto it = words.find("dates.facts_checked");
    return exposure::DateWords{it != words.end() ? it->second : std::string(),
                               exposure::resolved_month_names(locales)};
}

std::optional<Locales> load_locales(const fs::path& content_dir) {
    Locales locales;
    locales.dir = content_dir / "locales";
    std::error_code error;
    if (!fs::is_directory(locales.dir, error)) {
        std::cerr << locales.dir.string() << ": no locales folder (content/locales/LOCALE.json)\n";
        return std::nullopt;
    }
    bool ok = true;
    for (const fs::path& file : json_files(locales.dir)) {
        const std::optional<std::string> text = read_file(file);
        if (!text) {
            ok = false;
            continue;
        }
        exposure::Outcome<exposure::Locale> outcome = exposure::load_locale(*text);
        print_diagnostics(file.string(), outcome.diagnostics);
        if (!outcome.ok()) {
            ok = false;
            continue;
        }
        if (outcome.value->id != file.stem().string()) {
            std::cerr << file.string() << ": /locale: the file of locale \"" << outcome.value->id
                      << "\" must be named " << outcome.value->id << ".json\n";
            ok = false;
            continue;
        }
        const std::string id = outcome.value->id;
        locales.by_id.emplace(id, std::move(*outcome.value));
    }
    for (const auto& [id, locale] : locales.by_id) {
        if (!locale.fallback.empty() && locales.by_id.count(locale.fallback) == 0) {
            std::cerr << (locales.dir / (id + ".json")).string() << ": /fallback: no locale \""
                      << locale.fallback << "\" in " << locales.dir.string() << "\n";
            ok = false;
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return locales;
}

std::optional<fs::path> content_dir_of(const fs::path& path) {
    std::error_code error;
    fs::path dir = fs::absolute(path, error);
    for (int up = 0; up < 4 && dir.has_relative_path(); ++up) {
        dir = dir.parent_path();
        if (fs::is_directory(dir / "locales", error)) {
            return dir;
        }
    }
    return std::nullopt;
}

// [SECTION] Packages

bool is_package(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error) && fs::is_regular_file(path / "quiz.json", error);
}

std::optional<std::vector<fs::path>> package_dirs(const fs::path& content_dir) {
    const fs::path list_file = content_dir / "quizzes.json";
    const std::optional<std::string> text = read_file(list_file);
    if (!text) {
        return std::nullopt;
    }
    const nlohmann::json list = nlohmann::json::parse(*text, nullptr, false);
    const auto names = list.is_object() ? list.find("quizzes") : list.end();
    if (names == list.end() || !names->is_array() || names->empty()) {
        std::cerr << list_file.string()
                  << ": /quizzes: must be a list of the quiz packages' folder names, e.g. "
                     "{\"quizzes\": [\"wechat\"]}\n";
        return std::nullopt;
    }
    bool ok = true;
    std::vector<fs::path> dirs;
    for (std::size_t i = 0; i < names->size(); ++i) {
        const nlohmann::json& name = (*names)[i];
        const fs::path dir = content_dir / (name.is_string() ? name.get<std::string>() : "");
        if (!name.is_string() || !is_package(dir)) {
            std::cerr << list_file.string() << ": /quizzes/" << i << ": " << name.dump()
                      << " is not a quiz package (a folder of " << content_dir.string()
                      << " with quiz.json)\n";
            ok = false;
            continue;
        }
        dirs.push_back(dir);
    }
    // A package folder the list leaves out would be published nowhere: say so, not skip it.
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(content_dir, error)) {
        if (is_package(entry.path()) &&
            std::find(dirs.begin(), dirs.end(), entry.path()) == dirs.end()) {
            std::cerr << list_file.string() << ": /quizzes: the package "
                      << entry.path().filename().string()
                      << "/ is not listed: add it (the order is the pages' order)\n";
            ok = false;
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return dirs;
}

std::optional<Package> load_package(const fs::path& dir) {
    Package package;
    package.dir = dir;
    std::optional<exposure::Quiz> source = load_quiz_file(dir / "quiz.json");
    if (!source) {
        return std::nullopt;
    }
    package.source = std::move(*source);
    bool ok = true;
    std::error_code error;
    if (fs::is_directory(dir / "text", error)) {
        for (const fs::path& file : json_files(dir / "text")) {
            const std::optional<std::string> text = read_file(file);
            if (!text) {
                ok = false;
                continue;
            }
            exposure::Outcome<exposure::Translation> outcome = exposure::load_translation(*text);
            print_diagnostics(file.string(), outcome.diagnostics);
            if (!outcome.ok()) {
                ok = false;
            } else if (outcome.value->locale != file.stem().string()) {
                std::cerr << file.string() << ": /locale: a translation into \""
                          << outcome.value->locale << "\" must be named " << outcome.value->locale
                          << ".json\n";
                ok = false;
            } else {
                const std::string locale = outcome.value->locale;
                package.translations.emplace(locale, std::move(*outcome.value));
            }
        }
    }
    const fs::path manifest = dir / "versions" / "versions.json";
    if (fs::is_regular_file(manifest, error)) {
        const std::optional<std::string> text = read_file(manifest);
        exposure::Outcome<exposure::VersionList> outcome =
            text ? exposure::load_versions(*text) : exposure::Outcome<exposure::VersionList>{};
        print_diagnostics(manifest.string(), outcome.diagnostics);
        if (!outcome.ok()) {
            ok = false;
        } else {
            package.versions = std::move(*outcome.value);
        }
    } else {
        package.versions.quiz = package.source.id;
    }
    if (!ok) {
        return std::nullopt;
    }
    package.source.published = package.current_version();
    return package;
}

std::vector<std::string> Package::languages(const Locales& locales) const {
    std::vector<std::string> languages;
    for (const auto& [id, locale] : locales.by_id) {
        if (id == source.locale) {
            languages.push_back(id);
            continue;
        }
        for (const exposure::Locale* step : locales.chain(id)) {
            if (translations.count(step->id) != 0) {
                languages.push_back(id);
                break;
            }
        }
    }
    return languages;
}

std::vector<const exposure::Translation*> Package::chain(const Locales& locales,
                                                         const std::string& locale) const {
    std::vector<const exposure::Translation*> chain;
    for (const exposure::Locale* step : locales.chain(locale)) {
        const auto it = translations.find(step->id);
        if (it != translations.end()) {
            chain.push_back(&it->second);
        }
    }
    return chain;
}

int Package::current_version() const {
    if (versions.versions.empty()) {
        return 1;
    }
    const exposure::PublishedVersion& latest = versions.versions.back();
    return latest.structure == exposure::structure_hash(source) ? latest.number : latest.number + 1;
}

bool Package::published() const {
    return !versions.versions.empty() &&
           versions.versions.back().structure == exposure::structure_hash(source);
}

std::optional<exposure::Quiz> quiz_in(const Package& package, const Locales& locales,
                                      const std::string& locale) {
    if (locale == package.source.locale) {
        return package.source;
    }
    if (locales.by_id.count(locale) == 0) {
        std::cerr << package.dir.string() << ": no locale \"" << locale << "\" in "
                  << locales.dir.string() << "\n";
        return std::nullopt;
    }
    const std::vector<const exposure::Translation*> chain = package.chain(locales, locale);
    if (chain.empty()) {
        std::cerr << package.dir.string() << ": no translation into \"" << locale << "\" (text/"
                  << locale << ".json)\n";
        return std::nullopt;
    }
    exposure::Outcome<exposure::Quiz> outcome = exposure::translate(package.source, chain, locale);
    print_diagnostics((package.dir / "text" / (chain.front()->locale + ".json")).string(),
                      outcome.diagnostics);
    if (!outcome.ok()) {
        return std::nullopt;
    }
    return std::move(*outcome.value);
}

fs::path frozen_path(const Package& package, int number, const std::string& locale) {
    return package.dir / "versions" / std::to_string(number) / (locale + ".json");
}

std::optional<exposure::Quiz> frozen_quiz(const Package& package, const Locales& locales,
                                          int number, const std::string& locale) {
    const auto version =
        std::find_if(package.versions.versions.begin(), package.versions.versions.end(),
                     [&](const exposure::PublishedVersion& v) { return v.number == number; });
    if (version == package.versions.versions.end()) {
        std::cerr << package.dir.string() << ": no published version " << number << "\n";
        return std::nullopt;
    }
    // The language as frozen, or the nearest fallback that was (a newer regional variant).
    std::string frozen = version->files.count(locale) != 0 ? locale : package.source.locale;
    for (const exposure::Locale* step : locales.chain(locale)) {
        if (version->files.count(step->id) != 0) {
            frozen = step->id;
            break;
        }
    }
    std::optional<exposure::Quiz> quiz = load_quiz_file(frozen_path(package, number, frozen));
    if (quiz) {
        quiz->published = number;
    }
    return quiz;
}

int freeze(Package& package, const Locales& locales, const std::string& date) {
    if (package.published()) {
        return package.current_version();
    }
    exposure::PublishedVersion version;
    version.number = package.current_version();
    version.date = date;
    version.structure = exposure::structure_hash(package.source);
    version.scoring = exposure::scoring_hash(package.source);
    std::map<fs::path, std::string> files;
    for (const std::string& locale : package.languages(locales)) {
        const std::optional<exposure::Quiz> quiz = quiz_in(package, locales, locale);
        if (!quiz) {
            std::cerr << package.dir.string() << ": not frozen: the " << locale
                      << " text is incomplete (exposure translations " << package.dir.string()
                      << ")\n";
            return 0;
        }
        const std::string text = exposure::write_quiz(*quiz, exposure::JsonStyle::Indented);
        version.files[locale] = exposure::fnv1a_32(text);
        files[frozen_path(package, version.number, locale)] = text;
    }
    exposure::VersionList list = package.versions;
    list.quiz = package.id();
    list.versions.push_back(version);
    for (const auto& [file, text] : files) {
        if (!write_file(file, text)) {
            return 0;
        }
    }
    if (!write_file(package.dir / "versions" / "versions.json", exposure::write_versions(list))) {
        return 0;
    }
    package.versions = std::move(list);
    package.source.published = version.number;
    return version.number;
}

} // namespace content
