// Published versions (versions.hpp): the manifest, checking frozen files, and which version a
// share code was made on.
#include "exposure/versions.hpp"

#include "exposure/hash.hpp"
#include "json_reader.hpp"

#include <cstdio>
#include <utility>

namespace exposure {

namespace {

std::string hex(std::uint32_t value) {
    char buffer[9];
    std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(value));
    return buffer;
}

bool parse_hex(const std::string& text, std::uint32_t& out) {
    if (text.size() != 8 || text.find_first_not_of("0123456789abcdef") != std::string::npos) {
        return false;
    }
    out = static_cast<std::uint32_t>(std::stoul(text, nullptr, 16));
    return true;
}

class ManifestReader {
public:
    ManifestReader(const json::TextMap& map, std::vector<Diagnostic>& out) : map_(map), out_(out) {}

    void read(const json::Value& root, VersionList& list) {
        if (!root.is_object()) {
            problem(root, "", "expected an object with \"quiz\" and \"versions\"");
            return;
        }
        const json::Value* versions = nullptr;
        for (const json::Member& member : root.members) {
            if (member.key == "quiz" && member.value.is_string()) {
                list.quiz = member.value.string;
            } else if (member.key == "versions" && member.value.is_array()) {
                versions = &member.value;
            } else if (member.key.empty() || member.key[0] != '$') {
                problem(member.value, json::pointer_append("", member.key),
                        "unknown key or wrong type (the manifest has \"quiz\" and \"versions\")");
            }
        }
        if (list.quiz.empty() || versions == nullptr) {
            problem(root, "", "missing \"quiz\" or \"versions\"");
            return;
        }
        for (std::size_t i = 0; i < versions->items.size(); ++i) {
            PublishedVersion version;
            if (row(versions->items[i], json::pointer_append("/versions", i), version)) {
                if (version.number != static_cast<int>(i) + 1) {
                    problem(versions->items[i], json::pointer_append("/versions", i),
                            "versions are numbered 1, 2, ... in order; this one says " +
                                std::to_string(version.number));
                }
                list.versions.push_back(std::move(version));
            }
        }
    }

private:
    void problem(const json::Value& at, std::string pointer, std::string message) {
        json::add_diagnostic(out_, map_, DiagnosticCode::InvalidValue, std::move(pointer),
                             std::move(message), at.offset);
    }

    bool row(const json::Value& value, const std::string& pointer, PublishedVersion& out) {
        if (!value.is_object()) {
            problem(value, pointer, "expected an object");
            return false;
        }
        bool ok = true;
        int seen = 0;
        for (const json::Member& member : value.members) {
            const std::string at = json::pointer_append(pointer, member.key);
            const json::Value& v = member.value;
            if (member.key == "version" && v.is_number() && v.integral && v.integer > 0 &&
                v.integer < 100000) {
                out.number = static_cast<int>(v.integer);
                seen |= 1;
            } else if (member.key == "date" && v.is_string()) {
                out.date = v.string;
                seen |= 2;
            } else if ((member.key == "structure" || member.key == "scoring") && v.is_string()) {
                if (!parse_hex(v.string, member.key == "structure" ? out.structure : out.scoring)) {
                    problem(v, at, "expected 8 lowercase hex digits");
                    ok = false;
                }
                seen |= member.key == "structure" ? 4 : 8;
            } else if (member.key == "files" && v.is_object()) {
                for (const json::Member& file : v.members) {
                    std::uint32_t hash = 0;
                    if (!file.value.is_string() || !parse_hex(file.value.string, hash)) {
                        problem(file.value, json::pointer_append(at, file.key),
                                "expected 8 lowercase hex digits");
                        ok = false;
                        continue;
                    }
                    out.files[file.key] = hash;
                }
                seen |= 16;
            } else {
                problem(v, at, "unknown key or wrong type");
                ok = false;
            }
        }
        if (seen != 31) {
            problem(value, pointer,
                    "a version has \"version\", \"date\", \"structure\", \"scoring\" and "
                    "\"files\"");
            return false;
        }
        return ok;
    }

    const json::TextMap& map_;
    std::vector<Diagnostic>& out_;
};

} // namespace

Outcome<VersionList> load_versions(std::string_view json_text) {
    Outcome<VersionList> outcome;
    const json::TextMap map(json_text);
    json::ReadResult read = json::read(json_text, json::ReadLimits{}, map);
    outcome.diagnostics = std::move(read.diagnostics);
    VersionList list;
    if (read.root) {
        ManifestReader(map, outcome.diagnostics).read(*read.root, list);
    }
    json::finish_diagnostics(outcome.diagnostics);
    if (outcome.diagnostics.empty()) {
        outcome.value = std::move(list);
    }
    return outcome;
}

std::string write_versions(const VersionList& list) {
    std::string out = "{\n  \"quiz\": \"" + list.quiz + "\",\n  \"versions\": [";
    for (std::size_t i = 0; i < list.versions.size(); ++i) {
        const PublishedVersion& v = list.versions[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"version\": " + std::to_string(v.number) + ", \"date\": \"" + v.date +
               "\", \"structure\": \"" + hex(v.structure) + "\", \"scoring\": \"" + hex(v.scoring) +
               "\",\n     \"files\": {";
        bool first = true;
        for (const auto& [locale, hash] : v.files) {
            out += (first ? "\"" : ", \"") + locale + "\": \"" + hex(hash) + "\"";
            first = false;
        }
        out += "}}";
    }
    return out + "\n  ]\n}\n";
}

std::vector<Diagnostic> check_frozen(const PublishedVersion& version, std::string_view locale,
                                     std::string_view file_text, const Quiz& quiz) {
    std::vector<Diagnostic> problems;
    const auto edited = [&](std::string message) {
        problems.push_back(Diagnostic{"", std::move(message), 0, 0, DiagnosticCode::VersionEdited});
    };
    const std::string name =
        "version " + std::to_string(version.number) + " (" + std::string(locale) + ")";
    const auto file = version.files.find(std::string(locale));
    if (file == version.files.end()) {
        edited(name + " is not in versions.json: frozen files are written by `exposure freeze`, "
                      "never added by hand");
    } else if (file->second != fnv1a_32(file_text)) {
        edited(name + " is not the file `exposure freeze` wrote (its hash differs from "
                      "versions.json): frozen versions are never edited; restore it from git");
    }
    if (structure_hash(quiz) != version.structure || scoring_hash(quiz) != version.scoring) {
        edited(name + " has another scoring structure than versions.json records");
    }
    return problems;
}

int version_of_share(const ShareHeader& header, const VersionList& list) {
    if (header.quiz != fnv1a_32(list.quiz)) {
        return 0;
    }
    for (const PublishedVersion& version : list.versions) {
        switch (header.format) {
        case 1:
            for (const auto& [locale, hash] : version.files) {
                if (hash == header.hash) {
                    return version.number;
                }
            }
            break;
        case 2:
            if (version.scoring == header.hash) {
                return version.number;
            }
            break;
        default:
            if (version.structure == header.hash &&
                (header.version == 0 || header.version == version.number)) {
                return version.number;
            }
        }
    }
    return 0;
}

} // namespace exposure
